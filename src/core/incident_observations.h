#pragma once
// The numbers of one sample that threshold rules look at, each with its subject (a core, a mount
// point, an interface, a process) and the facts a runbook needs to act on it (the top process's
// pid, the fullest mount ...). Metric names are IncidentRuleSet::knownMetrics().

#include "host_sample.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mirrorstage::core {

struct MetricObservation {
    QString metric;
    QString subject;  // "" for the host as a whole
    double value = 0;
};

QList<MetricObservation> observationsOf(const HostSample &sample);

// Facts of the whole sample for runbooks and AI context: top_cpu_pid/name/user/percent,
// top_mem_pid/name, fullest_mount, cores, memory_total_bytes, os, kernel.
QJsonObject sampleFacts(const HostSample &sample);

}  // namespace mirrorstage::core
