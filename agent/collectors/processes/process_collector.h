#pragma once
// The busiest processes by CPU and by memory, from /proc/<pid>/stat. Per-process CPU needs two
// observations; until then top_by_cpu is empty rather than guessed.
//
// This is the most expensive collector (one file per process), so a sample allocates nothing per
// process: names live in fixed arrays, the per-pid history is updated in place, and only the top K
// get strings and a user name.

#include "collect_context.h"

#include <QHash>
#include <array>

namespace mirrorstage::reflector {

class ProcessCollector {
public:
    ProcessCollector(SystemRoot &root, int topK);
    void collect(const CollectContext &context, std::optional<quint64> memoryTotalBytes, ProcessesSample &out);

private:
    struct Observed {
        int pid = 0;
        quint64 cpuTicks = 0;
        quint64 rssPages = 0;
        double cpuPercent = 0;
        quint8 nameLength = 0;
        std::array<char, 64> name{};  // the kernel's comm is at most 64 bytes
    };
    struct History {
        quint64 startTimeTicks = 0;
        quint64 cpuTicks = 0;
        quint64 generation = 0;  // the sample that last saw this pid
    };
    void observe(const CollectContext &context, int pid, int *denied);
    ProcessSample describe(const Observed &process, bool withCpu, std::optional<quint64> memoryTotalBytes);
    QString userName(qint64 uid);

    SystemRoot &m_root;
    const int m_topK;
    const double m_ticksPerSecond;
    const quint64 m_pageBytes;
    QByteArray m_buffer;
    std::string m_path;
    QHash<int, History> m_history;
    quint64 m_generation = 0;
    QHash<qint64, QString> m_userNames;
    QList<Observed> m_observed;  // kept between samples only to reuse its memory
};

}  // namespace mirrorstage::reflector
