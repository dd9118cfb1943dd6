#include "thermal_collector.h"

#include "text_fields.h"

#include <algorithm>

namespace mirrorstage::reflector {

void ThermalCollector::collect(const CollectContext &context, ThermalSample &out)
{
    if (++m_samplesSinceDiscovery >= kRediscoverEvery) {
        discover();
        m_samplesSinceDiscovery = 0;
    }
    for (const Sensor &sensor : std::as_const(m_sensors)) {
        if (const int error = m_root.read(sensor.inputPath, m_buffer, ReadMode::SingleRecord); error != 0) {
            context.reportUnreadable(sensor.inputPath, error);
            continue;
        }
        const auto celsius = parseMilliCelsius(view(m_buffer));
        if (!celsius) {
            context.report(QString::fromStdString(sensor.inputPath), QStringLiteral("not a temperature"));
            continue;
        }
        out.sensors.append({sensor.source, sensor.chip, sensor.label, sensor.kind, *celsius});
    }
    summariseTemperatures(out);
}

void ThermalCollector::discover()
{
    m_sensors.clear();
    discoverHwmon();
    discoverThermalZones();
}

QString ThermalCollector::readTrimmed(const std::string &path)
{
    if (m_root.read(path, m_buffer) != 0)
        return {};
    return toQString(trimmed(view(m_buffer)));
}

void ThermalCollector::discoverHwmon()
{
    QList<QByteArray> chips = m_root.list("/sys/class/hwmon");
    std::sort(chips.begin(), chips.end());
    for (const QByteArray &chipDir : std::as_const(chips)) {
        const std::string base = "/sys/class/hwmon/" + chipDir.toStdString() + '/';
        QString chip = readTrimmed(base + "name");
        if (chip.isEmpty())
            chip = QString::fromUtf8(chipDir);
        QList<QByteArray> files = m_root.list(base);
        std::sort(files.begin(), files.end());
        for (const QByteArray &file : std::as_const(files)) {
            if (!file.startsWith("temp") || !file.endsWith("_input"))
                continue;
            const QByteArray stem = file.chopped(int(sizeof("_input") - 1));
            QString label = readTrimmed(base + stem.toStdString() + "_label");
            if (label.isEmpty())
                label = QString::fromUtf8(stem);
            m_sensors.append({base + file.toStdString(), QStringLiteral("hwmon"), chip, label,
                              classifySensorChip(chip)});
        }
    }
}

void ThermalCollector::discoverThermalZones()
{
    QList<QByteArray> zones = m_root.list("/sys/class/thermal");
    std::sort(zones.begin(), zones.end());
    for (const QByteArray &zone : std::as_const(zones)) {
        if (!zone.startsWith("thermal_zone"))
            continue;
        const std::string base = "/sys/class/thermal/" + zone.toStdString() + '/';
        QString type = readTrimmed(base + "type");
        if (type.isEmpty())
            type = QString::fromUtf8(zone);
        m_sensors.append({base + "temp", QStringLiteral("thermal_zone"), type, QString::fromUtf8(zone),
                          classifySensorChip(type)});
    }
}

}  // namespace mirrorstage::reflector
