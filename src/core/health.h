#pragma once
// A host's health, the colour it has in the scene and the icon in the fleet tree. The worst
// finding decides; every finding is kept as a reason the operator can read.
//
//   Offline   the hub has no live connection from its agent (or never had one since start)
//   Stale     connected, but no sample for staleAfterIntervals of its own sampling intervals
//   Critical  a vital at or past its critical threshold
//   Warning   a vital at or past its warning threshold
//   Ok        none of the above

#include "host_vitals.h"

#include <QCoreApplication>
#include <QStringList>

namespace mirrorstage::core {

enum class Health { Ok, Warning, Critical, Stale, Offline };

QString healthKey(Health health);   // "ok", "warning", ... (settings, QML, tests)
QString healthName(Health health);  // for the user, translated
// The colour of each health, 0xRRGGBB, the same in the scene, the legend and the fleet tree.
// Chosen apart in hue and lightness, so that they stay distinguishable for red-green blindness.
quint32 healthRgb(Health health);

struct Threshold {
    double warning = 0;
    double critical = 0;
    friend bool operator==(const Threshold &, const Threshold &) = default;
};

struct HealthThresholds {
    Threshold cpuPercent{85, 95};
    Threshold memoryPercent{90, 97};
    Threshold swapPercent{50, 80};
    Threshold loadPerCore{1.5, 3.0};
    Threshold filesystemPercent{85, 95};
    Threshold temperatureCelsius{80, 90};
    double staleAfterIntervals = 3;

    // Every warning below its critical, percentages within 0..100, stale >= 1; else *error.
    bool isValid(QString *error) const;
    friend bool operator==(const HealthThresholds &, const HealthThresholds &) = default;
};

struct HealthInput {
    bool online = false;
    qint64 lastSampleReceivedMs = 0;  // 0: no sample yet
    qint64 intervalMs = 0;            // the agent's sampling interval, 0 when unknown
    HostVitals vitals;
};

struct HealthAssessment {
    Health health = Health::Offline;
    QStringList reasons;  // translated, most severe first
};

class HealthRules {
    Q_DECLARE_TR_FUNCTIONS(HealthRules)
public:
    static HealthAssessment assess(const HealthInput &input, const HealthThresholds &thresholds, qint64 nowMs);
};

}  // namespace mirrorstage::core
