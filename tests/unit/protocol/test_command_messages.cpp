// Commands on the wire: `command` and `output` survive a round trip and are refused field by field
// like every message; the signed text is deterministic and covers every field that decides what
// runs where and until when; a CommandResult body decodes strictly.
#include "command_result.h"
#include "wire_messages.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::wire;

namespace {

Command sampleCommand()
{
    Command command;
    command.id = QStringLiteral("6f1d2c1e-8a53-4c1b-9d5f-3e1c0a9b7d21");
    command.agentId = QStringLiteral("0123456789abcdef0123456789abcdef");
    command.script = QStringLiteral("systemctl status nginx\necho 'done – 완료'");
    command.timeoutMs = 30'000;
    command.notAfterMs = 1'700'000'300'000;
    command.nonce = QByteArray(24, '\x5a');
    command.signature = QByteArray(64, '\x01');
    return command;
}

QString refusal(const QByteArray &frame)
{
    const DecodeResult result = decodeMessage(frame);
    const auto *failure = std::get_if<DecodeFailure>(&result);
    return failure ? failure->reason() : QStringLiteral("accepted");
}

QCborMap commandMap()
{
    return QCborValue::fromCbor(encodeMessage(sampleCommand())).toMap();
}

QCborMap outputMap()
{
    return QCborValue::fromCbor(encodeMessage(CommandOutput{QStringLiteral("c1"), QStringLiteral("stdout"), 0, "x"})).toMap();
}

CommandResult exitedResult()
{
    CommandResult result;
    result.id = QStringLiteral("c1");
    result.status = QLatin1String(CommandStatus::Exited);
    result.exitCode = 3;
    result.durationMs = 1234;
    result.truncated = true;
    result.stdoutTail = "out\n";
    result.stderrTail = QByteArray("\x00\xff", 2);
    result.startedMs = 1'700'000'000'000;
    result.finishedMs = 1'700'000'001'234;
    result.runAs = QStringLiteral("nobody");
    return result;
}

QCborMap resultMap(const CommandResult &result)
{
    return QCborValue::fromCbor(encodeCommandResult(result)).toMap();
}

QString resultRefusal(const QByteArray &body)
{
    QString error;
    return decodeCommandResult(body, &error) ? QStringLiteral("accepted") : error;
}

}  // namespace

class CommandMessagesTest : public QObject {
    Q_OBJECT
private slots:
    void commandRoundTrip();
    void outputRoundTrip();
    void refused_data();
    void refused();
    void commandMessageIsDeterministic();
    void signedCommandVerifies();
    void tamperedFieldFailsVerification_data();
    void tamperedFieldFailsVerification();
    void resultRoundTrip();
    void resultRefused_data();
    void resultRefused();
};

void CommandMessagesTest::commandRoundTrip()
{
    const Command sent = sampleCommand();
    const DecodeResult result = decodeMessage(encodeMessage(sent));
    QVERIFY2(std::holds_alternative<Message>(result), qPrintable(refusal(encodeMessage(sent))));
    const Command got = std::get<Command>(std::get<Message>(result));
    QCOMPARE(got.id, sent.id);
    QCOMPARE(got.agentId, sent.agentId);
    QCOMPARE(got.script, sent.script);
    QCOMPARE(got.timeoutMs, sent.timeoutMs);
    QCOMPARE(got.notAfterMs, sent.notAfterMs);
    QCOMPARE(got.nonce, sent.nonce);
    QCOMPARE(got.signature, sent.signature);
    QCOMPARE(messageTypeName(got), QStringLiteral("command"));
}

void CommandMessagesTest::outputRoundTrip()
{
    const CommandOutput sent{QStringLiteral("c1"), QStringLiteral("stderr"), 65536, QByteArray(kMaxOutputChunkBytes, 'e')};
    const DecodeResult result = decodeMessage(encodeMessage(sent));
    QVERIFY(std::holds_alternative<Message>(result));
    const CommandOutput got = std::get<CommandOutput>(std::get<Message>(result));
    QCOMPARE(got.id, sent.id);
    QCOMPARE(got.stream, sent.stream);
    QCOMPARE(got.offset, sent.offset);
    QCOMPARE(got.data, sent.data);
    QCOMPARE(messageTypeName(got), QStringLiteral("output"));
}

void CommandMessagesTest::refused_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("reason");
    const auto with = [](QCborMap map, const char *field, const QCborValue &value) {
        map.insert(QLatin1String(field), value);
        return QCborValue(map).toCbor();
    };
    const auto without = [](QCborMap map, const char *field) {
        map.remove(QLatin1String(field));
        return QCborValue(map).toCbor();
    };
    for (const char *field : {"id", "agent", "script", "timeout_ms", "not_after", "nonce", "sig"}) {
        QTest::addRow("command without %s", field) << without(commandMap(), field) << QStringLiteral("missing-field: %1").arg(QLatin1String(field));
    }
    QTest::newRow("script too long") << with(commandMap(), "script", QString(kMaxScriptBytes + 1, QLatin1Char('x')))
                                     << "out-of-range: script";
    // 64 KiB of characters but more than 64 KiB of UTF-8.
    QTest::newRow("script too long in UTF-8") << with(commandMap(), "script", QString(30000, QChar(0xAC00)))
                                              << "out-of-range: script";
    QTest::newRow("script as bytes") << with(commandMap(), "script", QByteArray("ls")) << "wrong-type: script";
    QTest::newRow("empty id") << with(commandMap(), "id", QString()) << "out-of-range: id";
    QTest::newRow("id too long") << with(commandMap(), "id", QString(65, QLatin1Char('i'))) << "out-of-range: id";
    QTest::newRow("timeout zero") << with(commandMap(), "timeout_ms", 0) << "out-of-range: timeout_ms";
    QTest::newRow("timeout over a day") << with(commandMap(), "timeout_ms", kMaxCommandTimeoutMs + 1) << "out-of-range: timeout_ms";
    QTest::newRow("timeout as text") << with(commandMap(), "timeout_ms", QStringLiteral("30")) << "wrong-type: timeout_ms";
    QTest::newRow("not_after negative") << with(commandMap(), "not_after", -1) << "out-of-range: not_after";
    QTest::newRow("nonce too short") << with(commandMap(), "nonce", QByteArray(15, 'n')) << "out-of-range: nonce";
    QTest::newRow("nonce too long") << with(commandMap(), "nonce", QByteArray(65, 'n')) << "out-of-range: nonce";
    QTest::newRow("nonce as text") << with(commandMap(), "nonce", QString(20, QLatin1Char('n'))) << "wrong-type: nonce";
    QTest::newRow("short signature") << with(commandMap(), "sig", QByteArray(63, 's')) << "out-of-range: sig";
    for (const char *field : {"id", "stream", "offset", "data"}) {
        QTest::addRow("output without %s", field) << without(outputMap(), field) << QStringLiteral("missing-field: %1").arg(QLatin1String(field));
    }
    QTest::newRow("output of another stream") << with(outputMap(), "stream", QStringLiteral("stdin")) << "out-of-range: stream";
    QTest::newRow("output chunk too big") << with(outputMap(), "data", QByteArray(kMaxOutputChunkBytes + 1, 'd'))
                                          << "out-of-range: data";
    QTest::newRow("output offset negative") << with(outputMap(), "offset", -5) << "out-of-range: offset";
}

void CommandMessagesTest::refused()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, reason);
    QCOMPARE(refusal(frame), reason);
}

void CommandMessagesTest::commandMessageIsDeterministic()
{
    const Command command = sampleCommand();
    Command copy = command;
    copy.signature = QByteArray(64, '\x02');  // the signature is not part of what is signed
    QCOMPARE(commandMessage(copy), commandMessage(command));
    const QByteArray expected = QByteArray("mirrorstage/1 command") + '\0'
        + QCborValue(QCborArray{command.agentId, command.id, command.script, command.timeoutMs, command.notAfterMs,
                                command.nonce})
              .toCbor();
    QCOMPARE(commandMessage(command), expected);
    // A field's bytes cannot move into its neighbour and sign the same.
    Command shifted = command;
    shifted.id = command.id + command.script.left(1);
    shifted.script = command.script.mid(1);
    QVERIFY(commandMessage(shifted) != commandMessage(command));
}

void CommandMessagesTest::signedCommandVerifies()
{
    const std::optional<Ed25519Key> console = Ed25519Key::generate();
    Command command = sampleCommand();
    signCommand(command, *console);
    QCOMPARE(command.signature.size(), kEd25519SignatureBytes);
    QVERIFY(verifyCommand(command, console->publicKey()));
    QVERIFY(!verifyCommand(command, Ed25519Key::generate()->publicKey()));
    // Survives the wire.
    const DecodeResult decoded = decodeMessage(encodeMessage(command));
    QVERIFY(verifyCommand(std::get<Command>(std::get<Message>(decoded)), console->publicKey()));
}

void CommandMessagesTest::tamperedFieldFailsVerification_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"id", "agent", "script", "timeout_ms", "not_after", "nonce", "sig"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void CommandMessagesTest::tamperedFieldFailsVerification()
{
    QFETCH(QString, field);
    const std::optional<Ed25519Key> console = Ed25519Key::generate();
    Command command = sampleCommand();
    signCommand(command, *console);
    if (field == QLatin1String("id"))
        command.id[0] = QLatin1Char('7');
    else if (field == QLatin1String("agent"))
        command.agentId[0] = QLatin1Char('f');
    else if (field == QLatin1String("script"))
        command.script += QLatin1Char(' ');
    else if (field == QLatin1String("timeout_ms"))
        command.timeoutMs += 1;
    else if (field == QLatin1String("not_after"))
        command.notAfterMs += 60'000;
    else if (field == QLatin1String("nonce"))
        command.nonce[0] = '\x5b';
    else
        command.signature[10] = char(command.signature[10] ^ 0x01);
    QVERIFY(!verifyCommand(command, console->publicKey()));
}

void CommandMessagesTest::resultRoundTrip()
{
    const CommandResult sent = exitedResult();
    QString error;
    const std::optional<CommandResult> got = decodeCommandResult(encodeCommandResult(sent), &error);
    QVERIFY2(got, qPrintable(error));
    QCOMPARE(got->id, sent.id);
    QCOMPARE(got->status, sent.status);
    QCOMPARE(got->exitCode, sent.exitCode);
    QVERIFY(!got->signal);
    QCOMPARE(got->durationMs, sent.durationMs);
    QCOMPARE(got->truncated, true);
    QCOMPARE(got->timedOut, false);
    QCOMPARE(got->stdoutTail, sent.stdoutTail);
    QCOMPARE(got->stderrTail, sent.stderrTail);
    QCOMPARE(got->startedMs, sent.startedMs);
    QCOMPARE(got->finishedMs, sent.finishedMs);
    QCOMPARE(got->runAs, sent.runAs);

    CommandResult refused;
    refused.id = QStringLiteral("c2");
    refused.status = QLatin1String(CommandStatus::Refused);
    refused.code = QStringLiteral("expired");
    refused.reason = QStringLiteral("too late");
    const std::optional<CommandResult> gotRefused = decodeCommandResult(encodeCommandResult(refused), &error);
    QVERIFY2(gotRefused, qPrintable(error));
    QCOMPARE(gotRefused->code, QStringLiteral("expired"));
    QCOMPARE(gotRefused->reason, QStringLiteral("too late"));

    CommandResult killed = exitedResult();
    killed.status = QLatin1String(CommandStatus::Killed);
    killed.exitCode.reset();
    killed.signal = 15;
    killed.timedOut = true;
    const std::optional<CommandResult> gotKilled = decodeCommandResult(encodeCommandResult(killed), &error);
    QVERIFY2(gotKilled, qPrintable(error));
    QCOMPARE(gotKilled->signal, std::optional<int>(15));
    QVERIFY(gotKilled->timedOut);
}

void CommandMessagesTest::resultRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    const auto with = [](QCborMap map, const char *field, const QCborValue &value) {
        map.insert(QLatin1String(field), value);
        return QCborValue(map).toCbor();
    };
    const auto without = [](QCborMap map, const char *field) {
        map.remove(QLatin1String(field));
        return QCborValue(map).toCbor();
    };
    const QCborMap exited = resultMap(exitedResult());
    for (const char *field : {"id", "status", "reason", "duration_ms", "timed_out", "truncated", "stdout_tail",
                              "stderr_tail", "started_ms", "finished_ms", "run_as", "exit_code"}) {
        QTest::addRow("without %s", field) << without(exited, field) << QStringLiteral("missing-field: %1").arg(QLatin1String(field));
    }
    QTest::newRow("unknown status") << with(exited, "status", QStringLiteral("done")) << "out-of-range: status";
    QTest::newRow("exit code 256") << with(exited, "exit_code", 256) << "out-of-range: exit_code";
    QTest::newRow("exited with a signal") << with(exited, "signal", 9) << "unexpected: signal";
    QTest::newRow("exited with a code") << with(exited, "code", QStringLiteral("busy")) << "unexpected: code";
    QTest::newRow("tail too long") << with(exited, "stdout_tail", QByteArray(kMaxOutputTailBytes + 1, 'x'))
                                   << "out-of-range: stdout_tail";
    QTest::newRow("timed_out as number") << with(exited, "timed_out", 1) << "wrong-type: timed_out";
    QCborMap refused = exited;
    refused.remove(QStringLiteral("exit_code"));
    refused.insert(QStringLiteral("status"), QStringLiteral("refused"));
    QTest::newRow("refused without code") << QCborValue(refused).toCbor() << "missing-field: code";
    QTest::newRow("not a map") << QCborValue(QCborArray{1, 2}).toCbor() << "not-a-map";
    QTest::newRow("trailing bytes") << encodeCommandResult(exitedResult()) + "x" << "trailing-bytes: 1";
    const QByteArray body = encodeCommandResult(exitedResult());
    QTest::newRow("truncated") << body.left(body.size() - 3) << "not-cbor";
}

void CommandMessagesTest::resultRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QVERIFY2(resultRefusal(body).startsWith(reason), qPrintable(resultRefusal(body)));
}

QTEST_GUILESS_MAIN(CommandMessagesTest)
#include "test_command_messages.moc"
