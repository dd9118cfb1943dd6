#pragma once
// The few numbers of a sample that the whole console looks at without decoding the rest:
// colour in the scene, columns in the fleet tree, health, the link-load overlay.

#include "host_sample.h"

#include <QString>
#include <optional>

namespace mirrorstage::core {

struct HostVitals {
    std::optional<double> cpuPercent;
    std::optional<double> memoryPercent;
    std::optional<double> swapPercent;
    std::optional<double> loadPerCore;  // 1-minute load over logical cores
    std::optional<double> fullestFilesystemPercent;
    QString fullestFilesystem;          // its mount point
    std::optional<double> cpuTemperatureCelsius;
    // The primary interface (the default route's); its capacity when the kernel knows it.
    QString linkInterface;
    std::optional<double> linkRxBytesPerSecond, linkTxBytesPerSecond;
    std::optional<qint64> linkSpeedMbps;

    // The busier direction over the capacity, 0..1 (or more, when a driver under-reports its
    // speed); nullopt without rates or without a known capacity.
    std::optional<double> linkUtilisation() const;

    friend bool operator==(const HostVitals &, const HostVitals &) = default;
};

HostVitals vitalsOf(const HostSample &sample);

}  // namespace mirrorstage::core
