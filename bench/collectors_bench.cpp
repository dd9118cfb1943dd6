// What each collector costs per sample on this machine, and what encoding and decoding a sample
// cost.
// Google Benchmark; run build/<preset>/bench/collectors_bench. Not a test.
#include "sample_codec.h"
#include "sample_collector.h"
#include "sample_decoder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <benchmark/benchmark.h>

using namespace mirrorstage;
using namespace mirrorstage::reflector;

namespace {

template <typename Collector, typename Out, typename... Args>
void runCollector(benchmark::State &state, Args &&...args)
{
    SystemRoot root;
    Collector collector(root, std::forward<Args>(args)...);
    QList<SampleProblem> problems;
    CollectContext context{1.0, &problems};
    for (auto _ : state) {
        Out out{};
        collector.collect(context, out);
        benchmark::DoNotOptimize(out);
        problems.clear();
        root.closeUnusedFiles();  // as after every real sample
    }
}

void BM_Cpu(benchmark::State &s) { runCollector<CpuCollector, CpuSample>(s); }
void BM_Memory(benchmark::State &s) { runCollector<MemoryCollector, MemorySample>(s); }
void BM_Network(benchmark::State &s) { runCollector<NetworkCollector, NetworkSample>(s); }
void BM_Filesystems(benchmark::State &s) { runCollector<FilesystemCollector, QList<FilesystemSample>>(s, false); }
void BM_Disks(benchmark::State &s) { runCollector<DiskCollector, QList<DiskSample>>(s); }
void BM_Thermal(benchmark::State &s) { runCollector<ThermalCollector, ThermalSample>(s); }
void BM_Host(benchmark::State &s) { runCollector<HostCollector, HostFacts>(s); }

void BM_Processes(benchmark::State &state)
{
    SystemRoot root;
    ProcessCollector collector(root, 5);
    QList<SampleProblem> problems;
    CollectContext context{1.0, &problems};
    for (auto _ : state) {
        ProcessesSample out;
        collector.collect(context, quint64(1) << 34, out);
        benchmark::DoNotOptimize(out);
        root.closeUnusedFiles();
    }
}

void BM_WholeSample(benchmark::State &state)
{
    SampleCollector collector(SystemRoot(), {}, AgentIdentity{});
    QElapsedTimer clock;
    clock.start();
    collector.collect(clock.nsecsElapsed(), 0);
    for (auto _ : state)
        benchmark::DoNotOptimize(collector.collect(clock.nsecsElapsed(), 0));
}

HostSample liveSample()
{
    SampleCollector collector(SystemRoot(), {}, AgentIdentity{});
    QElapsedTimer clock;
    clock.start();
    collector.collect(clock.nsecsElapsed(), 0);
    return collector.collect(clock.nsecsElapsed() + 1'000'000'000, 0);
}

void BM_EncodeCbor(benchmark::State &state)
{
    const HostSample sample = liveSample();
    for (auto _ : state)
        benchmark::DoNotOptimize(sampleToCbor(sample));
}

void BM_EncodeJsonLine(benchmark::State &state)
{
    const HostSample sample = liveSample();
    for (auto _ : state)
        benchmark::DoNotOptimize(sampleToJson(sample));
}

// What the console's hub spends on each sample it receives.
void BM_DecodeCbor(benchmark::State &state)
{
    const QByteArray cbor = sampleToCbor(liveSample());
    if (!sampleFromCbor(cbor)) {
        state.SkipWithError("the live sample does not decode");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(sampleFromCbor(cbor));
    state.SetBytesProcessed(state.iterations() * cbor.size());
}

}  // namespace

BENCHMARK(BM_Cpu);
BENCHMARK(BM_Memory);
BENCHMARK(BM_Network);
BENCHMARK(BM_Filesystems);
BENCHMARK(BM_Disks);
BENCHMARK(BM_Thermal);
BENCHMARK(BM_Host);
BENCHMARK(BM_Processes);
BENCHMARK(BM_WholeSample);
BENCHMARK(BM_EncodeCbor);
BENCHMARK(BM_EncodeJsonLine);
BENCHMARK(BM_DecodeCbor);
BENCHMARK_MAIN();
