#include "thermal_parser.h"

#include "text_fields.h"

namespace mirrorstage::reflector {

std::optional<double> parseMilliCelsius(std::string_view text)
{
    const auto milli = parseSigned(text);
    if (!milli)
        return std::nullopt;
    const double celsius = double(*milli) / 1000.0;
    if (celsius <= -273.0 || celsius >= 250.0)
        return std::nullopt;
    return celsius;
}

SensorKind classifySensorChip(const QString &chip)
{
    const QString name = chip.toLower();
    static const QStringList cpuChips{QStringLiteral("coretemp"), QStringLiteral("k10temp"),
                                      QStringLiteral("k8temp"), QStringLiteral("zenpower"),
                                      QStringLiteral("via_cputemp"), QStringLiteral("x86_pkg_temp")};
    static const QStringList gpuChips{QStringLiteral("amdgpu"), QStringLiteral("radeon"),
                                      QStringLiteral("nouveau")};
    if (cpuChips.contains(name) || name.contains(QLatin1String("cpu")))
        return SensorKind::Cpu;
    if (gpuChips.contains(name) || name.contains(QLatin1String("gpu")))
        return SensorKind::Gpu;
    return SensorKind::Other;
}

void summariseTemperatures(ThermalSample &thermal)
{
    thermal.cpuMaxCelsius.reset();
    thermal.gpuCelsius.reset();
    for (const TemperatureReading &reading : thermal.sensors) {
        std::optional<double> *slot = nullptr;
        if (reading.kind == SensorKind::Cpu)
            slot = &thermal.cpuMaxCelsius;
        else if (reading.kind == SensorKind::Gpu)
            slot = &thermal.gpuCelsius;
        if (slot && (!*slot || reading.celsius > **slot))
            *slot = reading.celsius;
    }
}

}  // namespace mirrorstage::reflector
