#pragma once
// The UI language, switched at run time without a restart: installs MIRROR STAGE's translation
// (embedded by qt_add_translations under :/i18n) and Qt's own, sets the default QLocale (numbers,
// dates), and lets QEvent::LanguageChange reach every widget; QML is retranslated by the engine.

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTranslator>

class QQmlEngine;

namespace mirrorstage::app {

class LanguageSwitch : public QObject {
    Q_OBJECT
public:
    explicit LanguageSwitch(QObject *parent = nullptr);

    // "system" follows the system locale (Korean when it is Korean, else English); "en"; "ko".
    bool apply(const QString &choice);
    QString choice() const { return m_choice; }
    QString effectiveLanguage() const { return m_language; }  // "en" or "ko"
    void setQmlEngine(QQmlEngine *engine) { m_engine = engine; }

    static QStringList choices() { return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("ko")}; }

signals:
    void changed(const QString &language);

private:
    QString m_choice;
    QString m_language;
    QTranslator m_app;
    QTranslator m_qt;
    QQmlEngine *m_engine = nullptr;
};

}  // namespace mirrorstage::app
