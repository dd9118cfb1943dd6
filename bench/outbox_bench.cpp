// What the durable outbox costs the agent: appending a 1 KiB record (the hot path: one pwrite),
// the same with an fdatasync every 64 records (the agent flushes once per batch), acknowledging
// (rewrites the small state file: write, fdatasync, rename), reading a window to send, and opening
// a full outbox (the recovery scan after a restart).
// Google Benchmark; run build/<preset>/bench/outbox_bench. Not a test. The outbox lives under
// $OUTBOX_BENCH_DIR, else the system's temporary directory: point it at the disk the agent uses,
// since fdatasync costs whatever that disk makes it cost.
#include "outbox.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>
#include <benchmark/benchmark.h>

using namespace mirrorstage::reflector;

namespace {

constexpr qsizetype kPayloadBytes = 1024;

QString newBoot()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString benchDirectoryTemplate()
{
    const QByteArray base = qgetenv("OUTBOX_BENCH_DIR");
    return (base.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(base)) + QStringLiteral("/outbox_bench-XXXXXX");
}

std::unique_ptr<Outbox> openOrSkip(benchmark::State &state, const QString &directory, const QString &boot,
                                   const OutboxLimits &limits = {})
{
    QString error;
    auto outbox = Outbox::open(directory, boot, limits, &error);
    if (!outbox)
        state.SkipWithError(qPrintable(error));
    return outbox;
}

// What a record costs on disk beyond its payload, segment headers included.
double overheadBytesPerRecord()
{
    QTemporaryDir dir(benchDirectoryTemplate());
    QString error;
    auto outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    constexpr int kRecords = 4096;
    const QByteArray payload(kPayloadBytes, 'x');
    for (int i = 0; outbox && i < kRecords; ++i)
        outbox->append(RecordKind::Sample, i, payload);
    return outbox ? double(outbox->sizeBytes() - qint64(kRecords) * kPayloadBytes) / kRecords : 0.0;
}

// Arg: flush every N records (0: never). The console keeps up: every 4096 records are acknowledged
// (outside the timing), so the outbox stays small as in steady state.
void BM_Append1KiB(benchmark::State &state)
{
    QTemporaryDir dir(benchDirectoryTemplate());
    const QString boot = newBoot();
    auto outbox = openOrSkip(state, dir.path(), boot);
    if (!outbox)
        return;
    const auto flushEvery = quint64(state.range(0));
    const QByteArray payload(kPayloadBytes, 'x');
    quint64 seq = 0;
    for (auto _ : state) {
        seq = outbox->append(RecordKind::Sample, qint64(seq), payload);
        if (flushEvery > 0 && seq % flushEvery == 0)
            outbox->flush();
        if (seq % 4096 == 0) {
            state.PauseTiming();
            outbox->acknowledge(boot, seq);
            state.ResumeTiming();
        }
    }
    if (seq == 0)
        state.SkipWithError(qPrintable(outbox->errorString()));
    state.SetBytesProcessed(qint64(state.iterations()) * kPayloadBytes);
    state.counters["overhead_bytes_per_record"] = overheadBytesPerRecord();
}
BENCHMARK(BM_Append1KiB)->Arg(0)->Arg(64);

void BM_Acknowledge(benchmark::State &state)
{
    QTemporaryDir dir(benchDirectoryTemplate());
    const QString boot = newBoot();
    auto outbox = openOrSkip(state, dir.path(), boot);
    if (!outbox)
        return;
    const QByteArray payload(kPayloadBytes, 'x');
    for (auto _ : state) {
        state.PauseTiming();
        const quint64 seq = outbox->append(RecordKind::Sample, 0, payload);
        state.ResumeTiming();
        outbox->acknowledge(boot, seq);
    }
}
BENCHMARK(BM_Acknowledge);

// 256 records of 1 KiB from the oldest, as the uplink reads them after a reconnect.
void BM_UnacknowledgedWindow(benchmark::State &state)
{
    QTemporaryDir dir(benchDirectoryTemplate());
    auto outbox = openOrSkip(state, dir.path(), newBoot());
    if (!outbox)
        return;
    const QByteArray payload(kPayloadBytes, 'x');
    for (int i = 0; i < 10'000; ++i)
        outbox->append(RecordKind::Sample, i, payload);
    for (auto _ : state)
        benchmark::DoNotOptimize(outbox->unacknowledged(256, 256 * kPayloadBytes));
    state.SetItemsProcessed(qint64(state.iterations()) * 256);
}
BENCHMARK(BM_UnacknowledgedWindow);

// Opening an outbox at its limit (64 MiB of 1 KiB records): every record is read and checked.
void BM_OpenFullOutbox(benchmark::State &state)
{
    QTemporaryDir dir(benchDirectoryTemplate());
    {
        auto outbox = openOrSkip(state, dir.path(), newBoot());
        if (!outbox)
            return;
        const QByteArray payload(kPayloadBytes, 'x');
        while (outbox->sizeBytes() + kPayloadBytes + 100 < OutboxLimits{}.maxBytes)
            outbox->append(RecordKind::Sample, 0, payload);
    }
    for (auto _ : state) {
        auto outbox = openOrSkip(state, dir.path(), newBoot());
        if (!outbox)
            return;
        benchmark::DoNotOptimize(outbox->recordCount());
    }
}
BENCHMARK(BM_OpenFullOutbox)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
