// The Korean translation is complete: lupdate is run over today's sources (the same files and
// options the update_translations target uses) into a copy of translations/mirrorstage_ko.ts, and
// every message must then be finished. A new tr() without its Korean text fails here, naming it.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void koreanIsComplete();
    void englishPluralsAreComplete();

private:
    struct Message {
        QString context, source;
        bool unfinished = false;
        bool numerus = false;
        bool empty = false;
    };
    QList<Message> refreshed(const QString &tsName);
};

QList<TranslationsTest::Message> TranslationsTest::refreshed(const QString &tsName)
{
    const QString root = QStringLiteral(MIRRORSTAGE_SOURCE_DIR);
    QStringList sources;
    for (const QString &dir : {QStringLiteral("/src"), QStringLiteral("/qml")}) {
        QDirIterator it(root + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.qml")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QStringLiteral("/src/ctl/")))
                sources.append(path);
        }
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(tsName);
    if (!QFile::copy(root + QStringLiteral("/translations/") + tsName, copy))
        qFatal("translations/%s is missing", qPrintable(tsName));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    if (!list.open(QIODevice::WriteOnly))
        qFatal("cannot write the source list");
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();
    QProcess lupdate;
    lupdate.start(QStringLiteral(MIRRORSTAGE_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@") + list.fileName(), QStringLiteral("-ts"), copy});
    // No deadline of its own: lupdate over every source takes minutes on a loaded machine, and
    // ctest's timeout already stops a hang.
    if (!lupdate.waitForFinished(-1) || lupdate.exitCode() != 0)
        qFatal("lupdate failed: %s", lupdate.readAllStandardError().constData());

    QFile ts(copy);
    if (!ts.open(QIODevice::ReadOnly))
        qFatal("cannot read the refreshed %s", qPrintable(tsName));
    QList<Message> messages;
    QXmlStreamReader xml(&ts);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                current = Message{context, QString(), false,
                                  xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false};
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                if (!current.numerus)
                    current.empty = xml.readElementText().trimmed().isEmpty();
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.empty = current.empty || xml.readElementText().trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            current = Message{};
        }
    }
    if (xml.hasError())
        qFatal("%s is not valid XML: %s", qPrintable(tsName), qPrintable(xml.errorString()));
    return messages;
}

void TranslationsTest::koreanIsComplete()
{
    const QList<Message> messages = refreshed(QStringLiteral("mirrorstage_ko.ts"));
    QVERIFY2(messages.size() > 100, "lupdate found almost no messages: is the source list right?");
    QStringList missing;
    for (const Message &message : messages) {
        if (message.unfinished || message.empty)
            missing.append(message.context + QStringLiteral(": ") + message.source);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 message(s) without a finished Korean translation:\n  %2")
                                               .arg(missing.size())
                                               .arg(missing.join(QStringLiteral("\n  ")))));
}

// English needs a translation only where the source cannot serve as is: plurals ("%n host(s)").
void TranslationsTest::englishPluralsAreComplete()
{
    QStringList missing;
    for (const Message &message : refreshed(QStringLiteral("mirrorstage_en.ts"))) {
        if (message.numerus && (message.unfinished || message.empty))
            missing.append(message.context + QStringLiteral(": ") + message.source);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("English plural forms missing:\n  ") + missing.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "test_translations.moc"
