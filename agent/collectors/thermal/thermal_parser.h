#pragma once
// Temperature files of hwmon (/sys/class/hwmon/*/tempN_input) and thermal zones
// (/sys/class/thermal/thermal_zoneN/temp): millidegrees Celsius, and what kind of chip reports them.

#include "host_sample.h"

#include <string_view>

namespace mirrorstage::reflector {

// Millidegrees to degrees. Absent for garbage and for values no sensor can mean (a disconnected
// probe reads -273 °C or some vendors' 255 °C "no sensor" marker in millidegrees).
std::optional<double> parseMilliCelsius(std::string_view text);

// coretemp, k10temp, x86_pkg_temp, cpu-thermal ... are CPU; amdgpu, nouveau, gpu-thermal are GPU.
SensorKind classifySensorChip(const QString &chip);

// Keeps the hottest CPU and GPU readings.
void summariseTemperatures(ThermalSample &thermal);

}  // namespace mirrorstage::reflector
