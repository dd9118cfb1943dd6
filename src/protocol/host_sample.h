#pragma once
// One observation of a host, as the reflector agent collects it and the console receives it.
// Values the agent could not read are std::nullopt (absent), never 0 or -1; what went wrong is
// listed in HostSample::problems. Rates need two observations: on the first sample of a run they
// are absent and HostSample::hasRates is false.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mirrorstage {

struct RackPosition {
    double x = 0, y = 0, z = 0;
};

// Where the operator placed the host and what the agent is; from the agent's config.
struct AgentIdentity {
    QString hostname;  // hostname_override, else the kernel's hostname
    QString agentVersion;
    QString rack;
    std::optional<RackPosition> position;
    QStringList tags;
};

struct HostFacts {
    QString kernelHostname;
    QString osId, osName, osVersion, osPrettyName;
    QString kernelRelease;
    QString bootId;
    QString vendor, model;  // DMI, where readable
    std::optional<double> uptimeSeconds;
};

// Shares of wall time over an interval, each 0..100.
struct CpuUsage {
    double busyPercent = 0;
    double userPercent = 0;
    double systemPercent = 0;
    double iowaitPercent = 0;
    double stealPercent = 0;
    double idlePercent = 0;
};

struct CoreSample {
    int id = 0;
    std::optional<CpuUsage> usage;
    std::optional<double> mhz;
};

struct LoadAverage {
    double one = 0, five = 0, fifteen = 0;
};

struct CpuSample {
    QString model;
    int logicalCores = 0;
    std::optional<int> physicalCores;
    std::optional<CpuUsage> total;
    QList<CoreSample> cores;
    std::optional<LoadAverage> load;
};

struct MemorySample {
    std::optional<quint64> totalBytes;
    std::optional<quint64> availableBytes;
    std::optional<double> usedPercent;
    std::optional<quint64> swapTotalBytes;  // 0 when the host has no swap
    std::optional<quint64> swapUsedBytes;
    std::optional<double> swapUsedPercent;  // absent when there is no swap to be used
};

struct InterfaceCounters {
    quint64 rxBytes = 0, rxPackets = 0, rxErrors = 0, rxDrops = 0;
    quint64 txBytes = 0, txPackets = 0, txErrors = 0, txDrops = 0;
};

struct InterfaceRates {
    double rxBytesPerSecond = 0, rxPacketsPerSecond = 0, rxErrorsPerSecond = 0, rxDropsPerSecond = 0;
    double txBytesPerSecond = 0, txPacketsPerSecond = 0, txErrorsPerSecond = 0, txDropsPerSecond = 0;
};

struct InterfaceSample {
    QString name;
    QString operState;                // kernel's operstate: up, down, unknown, dormant, ...
    std::optional<bool> up;           // operationally up (or administratively up where the kernel says "unknown")
    std::optional<qint64> speedMbps;  // absent when the kernel does not know (virtual, down)
    bool primary = false;             // carries the default route
    InterfaceCounters counters;
    std::optional<InterfaceRates> rates;
};

struct NetworkSample {
    QString primaryInterface;  // empty when no default route exists
    QList<InterfaceSample> interfaces;
};

struct FilesystemSample {
    QString device, mountpoint, type;
    quint64 totalBytes = 0, usedBytes = 0, freeBytes = 0;  // free = available to unprivileged users
    std::optional<double> usedPercent;
    std::optional<double> inodesUsedPercent;  // absent where the filesystem has no inode limit
};

struct DiskCounters {
    quint64 reads = 0, writes = 0, readBytes = 0, writeBytes = 0, busyMilliseconds = 0;
};

struct DiskRates {
    double readsPerSecond = 0, writesPerSecond = 0;
    double readBytesPerSecond = 0, writeBytesPerSecond = 0;
    double busyPercent = 0;
};

struct DiskSample {
    QString name;
    DiskCounters counters;
    std::optional<DiskRates> rates;
};

enum class SensorKind { Cpu, Gpu, Other };

struct TemperatureReading {
    QString source;  // "hwmon" or "thermal_zone"
    QString chip;    // hwmon name or thermal zone type
    QString label;   // sensor label, or a name derived from its file
    SensorKind kind = SensorKind::Other;
    double celsius = 0;
};

struct ThermalSample {
    QList<TemperatureReading> sensors;
    std::optional<double> cpuMaxCelsius;
    std::optional<double> gpuCelsius;
};

struct ProcessSample {
    int pid = 0;
    QString name;
    QString user;
    std::optional<double> cpuPercent;  // 100 = one core busy; absent before a second observation
    quint64 rssBytes = 0;
    std::optional<double> memoryPercent;
};

struct ProcessesSample {
    std::optional<int> count;  // absent when process lists are turned off (top_k 0)
    QList<ProcessSample> topByCpu;  // empty until CPU rates exist
    QList<ProcessSample> topByMemory;
};

// A value that could not be read, and why. The sample still goes out without it.
struct SampleProblem {
    QString source;  // the file or object concerned, e.g. "/sys/class/net/eth0/speed"
    QString reason;
};

struct HostSample {
    qint64 timestampMs = 0;                 // wall clock, milliseconds since the Unix epoch
    std::optional<qint64> intervalMs;       // since the previous sample of this run
    bool hasRates = false;
    AgentIdentity agent;
    HostFacts facts;
    CpuSample cpu;
    MemorySample memory;
    NetworkSample network;
    QList<FilesystemSample> filesystems;
    QList<DiskSample> disks;
    ThermalSample thermal;
    ProcessesSample processes;
    QList<SampleProblem> problems;
};

}  // namespace mirrorstage
