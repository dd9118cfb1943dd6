#include "health.h"

#include <QLocale>

namespace mirrorstage::core {

QString healthKey(Health health)
{
    switch (health) {
    case Health::Ok: return QStringLiteral("ok");
    case Health::Warning: return QStringLiteral("warning");
    case Health::Critical: return QStringLiteral("critical");
    case Health::Stale: return QStringLiteral("stale");
    case Health::Offline: return QStringLiteral("offline");
    }
    return {};
}

QString healthName(Health health)
{
    switch (health) {
    case Health::Ok: return QCoreApplication::translate("Health", "OK");
    case Health::Warning: return QCoreApplication::translate("Health", "Warning");
    case Health::Critical: return QCoreApplication::translate("Health", "Critical");
    case Health::Stale: return QCoreApplication::translate("Health", "Stale");
    case Health::Offline: return QCoreApplication::translate("Health", "Offline");
    }
    return {};
}

quint32 healthRgb(Health health)
{
    switch (health) {
    case Health::Ok: return 0x2ea043;        // green
    case Health::Warning: return 0xe3b341;   // amber
    case Health::Critical: return 0xe5534b;  // red
    case Health::Stale: return 0x6e8fb8;     // grey-blue
    case Health::Offline: return 0x4a4f57;   // dark grey
    }
    return 0xffffff;
}

bool HealthThresholds::isValid(QString *error) const
{
    struct Named {
        QString name;
        Threshold threshold;
        bool percent;
    };
    const Named all[] = {{HealthRules::tr("CPU"), cpuPercent, true},
                         {HealthRules::tr("memory"), memoryPercent, true},
                         {HealthRules::tr("swap"), swapPercent, true},
                         {HealthRules::tr("load per core"), loadPerCore, false},
                         {HealthRules::tr("filesystem"), filesystemPercent, true},
                         {HealthRules::tr("temperature"), temperatureCelsius, false}};
    for (const Named &item : all) {
        const QString &name = item.name;
        if (item.threshold.warning <= 0 || item.threshold.warning >= item.threshold.critical) {
            *error = HealthRules::tr("the %1 warning threshold must be above 0 and below its critical threshold").arg(name);
            return false;
        }
        if (item.percent && item.threshold.critical > 100) {
            *error = HealthRules::tr("the %1 critical threshold is a percentage: at most 100").arg(name);
            return false;
        }
    }
    if (staleAfterIntervals < 1) {
        *error = HealthRules::tr("a host can be stale after 1 missed interval at the earliest");
        return false;
    }
    return true;
}

namespace {

struct Finding {
    Health level;
    QString reason;
};

void check(QList<Finding> &findings, const std::optional<double> &value, const Threshold &threshold,
           const QString &what)
{
    if (!value)
        return;
    const QLocale locale;
    const QString figure = locale.toString(*value, 'f', 1);
    if (*value >= threshold.critical) {
        findings.append({Health::Critical, HealthRules::tr("%1 at %2 (critical from %3)")
                                               .arg(what, figure, locale.toString(threshold.critical))});
    } else if (*value >= threshold.warning) {
        findings.append({Health::Warning, HealthRules::tr("%1 at %2 (warning from %3)")
                                              .arg(what, figure, locale.toString(threshold.warning))});
    }
}

}  // namespace

HealthAssessment HealthRules::assess(const HealthInput &input, const HealthThresholds &t, qint64 nowMs)
{
    if (!input.online)
        return {Health::Offline, {tr("the agent is not connected")}};
    const qint64 interval = input.intervalMs > 0 ? input.intervalMs : 10'000;
    const qint64 silentMs = input.lastSampleReceivedMs > 0 ? nowMs - input.lastSampleReceivedMs : -1;
    if (input.lastSampleReceivedMs == 0 || silentMs > qint64(t.staleAfterIntervals * double(interval))) {
        return {Health::Stale, {input.lastSampleReceivedMs == 0
                                    ? tr("connected, but no sample has arrived yet")
                                    : tr("no sample for %n second(s)", nullptr, int(silentMs / 1000))}};
    }

    QList<Finding> findings;
    const HostVitals &v = input.vitals;
    check(findings, v.cpuPercent, t.cpuPercent, tr("CPU %"));
    check(findings, v.memoryPercent, t.memoryPercent, tr("memory %"));
    check(findings, v.swapPercent, t.swapPercent, tr("swap %"));
    check(findings, v.loadPerCore, t.loadPerCore, tr("load per core"));
    check(findings, v.fullestFilesystemPercent, t.filesystemPercent,
          v.fullestFilesystem.isEmpty() ? tr("filesystem %") : tr("%1 used %").arg(v.fullestFilesystem));
    check(findings, v.cpuTemperatureCelsius, t.temperatureCelsius, tr("CPU temperature °C"));

    HealthAssessment result{Health::Ok, {}};
    for (Health level : {Health::Critical, Health::Warning}) {
        for (const Finding &finding : std::as_const(findings)) {
            if (finding.level == level) {
                if (result.health == Health::Ok)
                    result.health = level;
                result.reasons.append(finding.reason);
            }
        }
    }
    return result;
}

}  // namespace mirrorstage::core
