#include "command_result.h"

#include "wire_messages.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QSet>

namespace mirrorstage::wire {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

constexpr qint64 kMaxMs = std::numeric_limits<qint64>::max();

// The first problem of one result map, as "missing-field: F" / "wrong-type: F" / "out-of-range: F".
class ResultReader {
public:
    explicit ResultReader(const QCborMap &map) : m_map(map) {}

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void fail(const char *what, const char *name)
    {
        if (m_problem.isEmpty())
            m_problem = QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLatin1(name);
    }
    bool has(const char *name) const { return !m_map.value(key(name)).isUndefined(); }

    QString text(const char *name, qsizetype maxLength)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined())
            return fail("missing-field", name), QString();
        if (!value.isString())
            return fail("wrong-type", name), QString();
        if (value.toString().size() > maxLength)
            return fail("out-of-range", name), QString();
        return value.toString();
    }
    qint64 integer(const char *name, qint64 min, qint64 max)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined())
            return fail("missing-field", name), 0;
        if (!value.isInteger())
            return fail("wrong-type", name), 0;
        if (value.toInteger() < min || value.toInteger() > max)
            return fail("out-of-range", name), 0;
        return value.toInteger();
    }
    bool boolean(const char *name)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined())
            return fail("missing-field", name), false;
        if (!value.isBool())
            return fail("wrong-type", name), false;
        return value.toBool();
    }
    QByteArray bytes(const char *name, qsizetype maxSize)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined())
            return fail("missing-field", name), QByteArray();
        if (!value.isByteArray())
            return fail("wrong-type", name), QByteArray();
        if (value.toByteArray().size() > maxSize)
            return fail("out-of-range", name), QByteArray();
        return value.toByteArray();
    }

private:
    const QCborMap &m_map;
    QString m_problem;
};

bool isKnownStatus(const QString &status)
{
    for (const char *known : {CommandStatus::Exited, CommandStatus::Killed, CommandStatus::Refused,
                              CommandStatus::FailedToStart}) {
        if (status == QLatin1String(known))
            return true;
    }
    return false;
}

std::optional<CommandResult> failWith(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
    return std::nullopt;
}

}  // namespace

QByteArray encodeCommandResult(const CommandResult &result)
{
    QCborMap map{{key("id"), result.id},
                 {key("status"), result.status},
                 {key("reason"), result.reason},
                 {key("duration_ms"), result.durationMs},
                 {key("timed_out"), result.timedOut},
                 {key("truncated"), result.truncated},
                 {key("stdout_tail"), result.stdoutTail.right(kMaxOutputTailBytes)},
                 {key("stderr_tail"), result.stderrTail.right(kMaxOutputTailBytes)},
                 {key("started_ms"), result.startedMs},
                 {key("finished_ms"), result.finishedMs},
                 {key("run_as"), result.runAs}};
    if (!result.code.isEmpty())
        map.insert(key("code"), result.code);
    if (result.exitCode)
        map.insert(key("exit_code"), *result.exitCode);
    if (result.signal)
        map.insert(key("signal"), *result.signal);
    return QCborValue(map).toCbor();
}

std::optional<CommandResult> decodeCommandResult(const QByteArray &body, QString *error)
{
    QCborStreamReader stream(body);
    const QCborValue value = QCborValue::fromCbor(stream);
    if (stream.lastError() != QCborError::NoError)
        return failWith(error, QStringLiteral("not-cbor: ") + stream.lastError().toString());
    if (stream.currentOffset() != body.size())
        return failWith(error, QStringLiteral("trailing-bytes: %1").arg(body.size() - stream.currentOffset()));
    if (!value.isMap())
        return failWith(error, QStringLiteral("not-a-map"));
    const QCborMap map = value.toMap();
    QSet<QString> seen;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString name = it.key().isString() ? it.key().toString() : it.key().toDiagnosticNotation();
        if (seen.contains(name))
            return failWith(error, QStringLiteral("duplicate-key: ") + name.left(64));
        seen.insert(name);
    }

    ResultReader r(map);
    CommandResult result;
    result.id = r.text("id", kMaxCommandIdLength);
    result.status = r.text("status", 32);
    result.reason = r.text("reason", 4096);
    result.durationMs = r.integer("duration_ms", 0, kMaxMs);
    result.timedOut = r.boolean("timed_out");
    result.truncated = r.boolean("truncated");
    result.stdoutTail = r.bytes("stdout_tail", kMaxOutputTailBytes);
    result.stderrTail = r.bytes("stderr_tail", kMaxOutputTailBytes);
    result.startedMs = r.integer("started_ms", 0, kMaxMs);
    result.finishedMs = r.integer("finished_ms", 0, kMaxMs);
    result.runAs = r.text("run_as", 256);
    if (r.ok() && (result.id.isEmpty() || !isKnownStatus(result.status)))
        r.fail("out-of-range", result.id.isEmpty() ? "id" : "status");
    // Each status has its own fields, and only those: a result is one thing or the other.
    const bool exited = result.status == QLatin1String(CommandStatus::Exited);
    const bool killed = result.status == QLatin1String(CommandStatus::Killed);
    const bool refused = result.status == QLatin1String(CommandStatus::Refused);
    if (r.ok() && exited)
        result.exitCode = int(r.integer("exit_code", 0, 255));
    else if (r.ok() && r.has("exit_code"))
        r.fail("unexpected", "exit_code");
    if (r.ok() && killed)
        result.signal = int(r.integer("signal", 1, 127));
    else if (r.ok() && r.has("signal"))
        r.fail("unexpected", "signal");
    if (r.ok() && refused) {
        result.code = r.text("code", 64);
        if (r.ok() && result.code.isEmpty())
            r.fail("out-of-range", "code");
    } else if (r.ok() && r.has("code")) {
        r.fail("unexpected", "code");
    }
    if (!r.ok())
        return failWith(error, r.problem());
    return result;
}

}  // namespace mirrorstage::wire
