#include "host_vitals.h"

#include <algorithm>

namespace mirrorstage::core {

std::optional<double> HostVitals::linkUtilisation() const
{
    if (!linkSpeedMbps || *linkSpeedMbps <= 0 || (!linkRxBytesPerSecond && !linkTxBytesPerSecond))
        return std::nullopt;
    const double busiest = std::max(linkRxBytesPerSecond.value_or(0), linkTxBytesPerSecond.value_or(0));
    return busiest * 8.0 / (double(*linkSpeedMbps) * 1e6);
}

HostVitals vitalsOf(const HostSample &sample)
{
    HostVitals vitals;
    if (sample.cpu.total)
        vitals.cpuPercent = sample.cpu.total->busyPercent;
    if (sample.cpu.load && sample.cpu.logicalCores > 0)
        vitals.loadPerCore = sample.cpu.load->one / sample.cpu.logicalCores;
    vitals.memoryPercent = sample.memory.usedPercent;
    vitals.swapPercent = sample.memory.swapUsedPercent;
    for (const FilesystemSample &fs : sample.filesystems) {
        if (fs.usedPercent && (!vitals.fullestFilesystemPercent || *fs.usedPercent > *vitals.fullestFilesystemPercent)) {
            vitals.fullestFilesystemPercent = fs.usedPercent;
            vitals.fullestFilesystem = fs.mountpoint;
        }
    }
    vitals.cpuTemperatureCelsius = sample.thermal.cpuMaxCelsius;
    for (const InterfaceSample &nic : sample.network.interfaces) {
        if (!nic.primary && nic.name != sample.network.primaryInterface)
            continue;
        vitals.linkInterface = nic.name;
        vitals.linkSpeedMbps = nic.speedMbps;
        if (nic.rates) {
            vitals.linkRxBytesPerSecond = nic.rates->rxBytesPerSecond;
            vitals.linkTxBytesPerSecond = nic.rates->txBytesPerSecond;
        }
        break;
    }
    return vitals;
}

}  // namespace mirrorstage::core
