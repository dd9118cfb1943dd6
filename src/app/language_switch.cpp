#include "language_switch.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_DECLARE_LOGGING_CATEGORY(lcWindow)

namespace mirrorstage::app {

LanguageSwitch::LanguageSwitch(QObject *parent)
    : QObject(parent)
{
}

bool LanguageSwitch::apply(const QString &choice)
{
    QString language = choice;
    if (choice == QLatin1String("system"))
        language = QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    if (language != QLatin1String("en") && language != QLatin1String("ko"))
        return false;
    m_choice = choice;
    if (language == m_language)
        return true;

    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                         language == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (m_app.load(locale, QStringLiteral("mirrorstage"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_app);
    else
        qCWarning(lcWindow) << "no MIRROR STAGE translation for" << language;
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    emit changed(m_language);
    return true;
}

}  // namespace mirrorstage::app
