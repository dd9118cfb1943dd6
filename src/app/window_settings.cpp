#include "window_settings.h"

#include <QSettings>

namespace mirrorstage::app {
namespace {

struct ThresholdKey {
    const char *name;
    core::Threshold core::HealthThresholds::*member;
};

constexpr ThresholdKey kThresholdKeys[] = {
    {"cpu", &core::HealthThresholds::cpuPercent},
    {"memory", &core::HealthThresholds::memoryPercent},
    {"swap", &core::HealthThresholds::swapPercent},
    {"load_per_core", &core::HealthThresholds::loadPerCore},
    {"filesystem", &core::HealthThresholds::filesystemPercent},
    {"temperature", &core::HealthThresholds::temperatureCelsius},
};

bool readDouble(QSettings &settings, const QString &key, double &value, QString *error)
{
    if (!settings.contains(key))
        return true;
    bool ok = false;
    const double read = settings.value(key).toDouble(&ok);
    if (!ok) {
        *error = WindowSettingsStore::tr("%1 in %2 must be a number").arg(key, settings.fileName());
        return false;
    }
    value = read;
    return true;
}

}  // namespace

bool WindowSettingsStore::load(QSettings &settings, WindowSettings &out, QString *error)
{
    WindowSettings values;
    values.language = settings.value(QStringLiteral("ui/language"), values.language).toString();
    if (values.language != QLatin1String("system") && values.language != QLatin1String("en")
        && values.language != QLatin1String("ko")) {
        *error = tr("ui/language in %1 must be system, en or ko").arg(settings.fileName());
        return false;
    }
    values.binaryBytes = settings.value(QStringLiteral("ui/units/binary_bytes"), values.binaryBytes).toBool();
    values.networkBits = settings.value(QStringLiteral("ui/units/network_bits"), values.networkBits).toBool();
    values.fahrenheit = settings.value(QStringLiteral("ui/units/fahrenheit"), values.fahrenheit).toBool();
    values.racksFile = settings.value(QStringLiteral("scene/racks_file")).toString();
    for (const ThresholdKey &key : kThresholdKeys) {
        core::Threshold &threshold = values.thresholds.*key.member;
        const QString name = QString::fromLatin1(key.name);
        if (!readDouble(settings, QStringLiteral("health/%1_warning").arg(name), threshold.warning, error)
            || !readDouble(settings, QStringLiteral("health/%1_critical").arg(name), threshold.critical, error))
            return false;
    }
    if (!readDouble(settings, QStringLiteral("health/stale_after_intervals"), values.thresholds.staleAfterIntervals, error))
        return false;
    QString problem;
    if (!values.thresholds.isValid(&problem)) {
        *error = tr("the health thresholds in %1 are not usable: %2").arg(settings.fileName(), problem);
        return false;
    }
    out = values;
    return true;
}

void WindowSettingsStore::save(QSettings &settings, const WindowSettings &values)
{
    settings.setValue(QStringLiteral("ui/language"), values.language);
    settings.setValue(QStringLiteral("ui/units/binary_bytes"), values.binaryBytes);
    settings.setValue(QStringLiteral("ui/units/network_bits"), values.networkBits);
    settings.setValue(QStringLiteral("ui/units/fahrenheit"), values.fahrenheit);
    settings.setValue(QStringLiteral("scene/racks_file"), values.racksFile);
    for (const ThresholdKey &key : kThresholdKeys) {
        const core::Threshold &threshold = values.thresholds.*key.member;
        const QString name = QString::fromLatin1(key.name);
        settings.setValue(QStringLiteral("health/%1_warning").arg(name), threshold.warning);
        settings.setValue(QStringLiteral("health/%1_critical").arg(name), threshold.critical);
    }
    settings.setValue(QStringLiteral("health/stale_after_intervals"), values.thresholds.staleAfterIntervals);
}

}  // namespace mirrorstage::app
