#pragma once
// Reads a fixture file for a parser test. A missing fixture fails the test instead of feeding the
// parser an empty string that might pass by accident.

#include <QFile>
#include <QTest>

inline QString fixturePath(const QString &relative)
{
    return QStringLiteral(MIRRORSTAGE_FIXTURES "/") + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

inline std::string_view asView(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}
