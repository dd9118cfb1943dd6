// ProposalParser over fixture answers (tests/fixtures/ai/answers): every valid answer parses to
// the expected number of proposals; every invalid one is refused with the message in its .error
// file, which names the field and what is wrong with it.
#include "../fixture.h"
#include "proposal_parser.h"
#include "proposal_schema.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mirrorstage::ai;

class ProposalParserTest : public QObject {
    Q_OBJECT
private slots:
    void validAnswers_data();
    void validAnswers();
    void invalidAnswers_data();
    void invalidAnswers();
    void fieldsAreRead();
    void codeFenceIsRemovedOnlyWhenWhole();
    void schemaNamesEveryField();
};

void ProposalParserTest::validAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("proposals");
    const QJsonObject expected = QJsonDocument::fromJson(readFixture(QStringLiteral("ai/answers/valid/expected.json"))).object();
    const QStringList files = QDir(fixturePath(QStringLiteral("ai/answers/valid")))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() > 5);
    for (const QString &file : files) {
        if (file == QStringLiteral("expected.json"))
            continue;
        const QString name = file.chopped(5);
        QVERIFY2(expected.contains(name), qPrintable(name + QStringLiteral(" has no count in expected.json")));
        QTest::newRow(qPrintable(name)) << QStringLiteral("ai/answers/valid/") + file << expected.value(name).toInt();
    }
}

void ProposalParserTest::validAnswers()
{
    QFETCH(QString, file);
    QFETCH(int, proposals);
    QString error;
    const std::optional<ProposalSet> set = ProposalParser::parse(readFixture(file), &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->proposals.size(), proposals);
    QVERIFY(!set->analysis.isEmpty());
    for (const Proposal &proposal : set->proposals) {
        QVERIFY(!proposal.commands.isEmpty());
        for (const ProposedCommand &command : proposal.commands) {
            QVERIFY(!command.script.isEmpty());
            QVERIFY(!command.script.contains(QLatin1Char('\n')));
        }
    }
}

void ProposalParserTest::invalidAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QDir dir(fixturePath(QStringLiteral("ai/answers/invalid")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() > 20);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        const QString expected =
            QString::fromUtf8(readFixture(QStringLiteral("ai/answers/invalid/") + name + QStringLiteral(".error"))).trimmed();
        QTest::newRow(qPrintable(name)) << QStringLiteral("ai/answers/invalid/") + file << expected;
    }
}

void ProposalParserTest::invalidAnswers()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QString error;
    const std::optional<ProposalSet> set = ProposalParser::parse(readFixture(file), &error);
    QVERIFY2(!set, "an invalid answer was accepted");
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
}

void ProposalParserTest::fieldsAreRead()
{
    QString error;
    const std::optional<ProposalSet> set =
        ProposalParser::parse(readFixture(QStringLiteral("ai/answers/valid/full.json")), &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->analysis, QStringLiteral("The CPU is busy because of one process."));
    const Proposal &stop = set->proposals.at(2);
    QCOMPARE(stop.title, QStringLiteral("Stop worker"));
    QCOMPARE(stop.commands.size(), 2);
    QCOMPARE(stop.commands.at(1).script, QStringLiteral("kill -TERM 4242"));
    QCOMPARE(stop.commands.at(1).purpose, QStringLiteral("Ask it to exit."));
    QCOMPARE(stop.rollback, QStringLiteral("systemctl start worker.service"));
    QCOMPARE(stop.verification, QStringLiteral("uptime"));
    QCOMPARE(stop.providerRiskOpinion, QStringLiteral("medium"));
    QCOMPARE(set->proposals.at(3).title, QStringLiteral("디스크 확인"));
    QCOMPARE(set->proposals.at(3).providerRiskOpinion, QStringLiteral("low"));  // "LOW" read as low
}

void ProposalParserTest::codeFenceIsRemovedOnlyWhenWhole()
{
    QCOMPARE(ProposalParser::withoutCodeFence("```json\n{\"a\":1}\n```"), QByteArray("{\"a\":1}"));
    QCOMPARE(ProposalParser::withoutCodeFence("```\n{}\n```\n"), QByteArray("{}"));
    QCOMPARE(ProposalParser::withoutCodeFence("Here: ```json\n{}\n```"), QByteArray("Here: ```json\n{}\n```"));
}

void ProposalParserTest::schemaNamesEveryField()
{
    for (const QJsonObject &schema : {ProposalSchema::jsonSchema(), ProposalSchema::openAiStrictSchema(),
                                      ProposalSchema::geminiSchema()}) {
        const QJsonObject proposal = schema[QStringLiteral("properties")][QStringLiteral("proposals")][QStringLiteral("items")].toObject();
        const QJsonArray required = proposal[QStringLiteral("required")].toArray();
        for (const char *field : {"title", "commands", "expected_effect", "rollback", "verification", "risk"})
            QVERIFY2(required.contains(QLatin1String(field)), field);
    }
    // OpenAI's strict mode refuses a schema with an open object.
    QCOMPARE(ProposalSchema::openAiStrictSchema()[QStringLiteral("additionalProperties")].toBool(true), false);
    QCOMPARE(ProposalSchema::geminiSchema()[QStringLiteral("type")].toString(), QStringLiteral("OBJECT"));
}

QTEST_MAIN(ProposalParserTest)
#include "test_proposal_parser.moc"
