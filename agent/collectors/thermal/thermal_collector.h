#pragma once
// Every temperature sensor of hwmon and the thermal zones, labelled.

#include "collect_context.h"
#include "thermal_parser.h"

namespace mirrorstage::reflector {

class ThermalCollector {
public:
    explicit ThermalCollector(SystemRoot &root) : m_root(root) {}
    void collect(const CollectContext &context, ThermalSample &out);

private:
    struct Sensor {
        std::string inputPath;
        QString source, chip, label;
        SensorKind kind = SensorKind::Other;
    };
    void discover();
    void discoverHwmon();
    void discoverThermalZones();
    QString readTrimmed(const std::string &path);

    // Sensors appear only with hardware (a GPU driver loading); listing sysfs every sample would
    // cost more than reading the values, so the list is refreshed every kRediscoverEvery samples.
    static constexpr int kRediscoverEvery = 60;
    SystemRoot &m_root;
    QByteArray m_buffer;
    QList<Sensor> m_sensors;
    int m_samplesSinceDiscovery = kRediscoverEvery;
};

}  // namespace mirrorstage::reflector
