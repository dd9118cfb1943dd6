#pragma once
// The busiest processes by CPU and by memory, from /proc/<pid>/stat. Per-process CPU needs two
// observations; until then top_by_cpu is empty rather than guessed.

#include "collect_context.h"

#include <QHash>

namespace mirrorstage::reflector {

class ProcessCollector {
public:
    ProcessCollector(const SystemRoot &root, int topK);
    void collect(const CollectContext &context, std::optional<quint64> memoryTotalBytes, ProcessesSample &out);

private:
    struct Observed {
        int pid = 0;
        quint64 cpuTicks = 0;
        quint64 rssPages = 0;
        std::optional<double> cpuPercent;
        QByteArray name;
    };
    struct Previous {
        quint64 startTimeTicks = 0;
        quint64 cpuTicks = 0;
    };
    ProcessSample describe(const Observed &process, std::optional<quint64> memoryTotalBytes);
    QString userOf(int pid);
    QString userName(uint uid);

    const SystemRoot &m_root;
    const int m_topK;
    const double m_ticksPerSecond;
    const quint64 m_pageBytes;
    QByteArray m_buffer;
    QHash<int, Previous> m_previous;
    QHash<uint, QString> m_userNames;
    QList<Observed> m_observed;  // kept between samples only to reuse its memory
};

}  // namespace mirrorstage::reflector
