#pragma once
// What every collector gets for one sample: the time since the previous sample (for rates) and
// the list where it reports values it could not read.

#include "host_sample.h"
#include "system_root.h"

#include <optional>

namespace mirrorstage::reflector {

struct CollectContext {
    std::optional<double> elapsedSeconds;  // absent on the first sample of a run
    QList<SampleProblem> *problems = nullptr;

    void report(const QString &source, const QString &reason) const
    {
        if (problems)
            problems->append({source, reason});
    }
    // A file that could not be read: the path as the operator would type it, and why.
    void reportUnreadable(std::string_view relative, int error) const
    {
        report(QString::fromUtf8(relative.data(), qsizetype(relative.size())),
               SystemRoot::describeError(error));
    }
};

}  // namespace mirrorstage::reflector
