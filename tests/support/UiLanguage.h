#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTest>
#include <QTranslator>

namespace paydesk::test {

// The program in another language for one test, as main() sets it up: the catalogue of
// "en" or "es" (embedded by the ui library under :/i18n) and the default locale. English
// (US) again when it goes.
class UiLanguage
{
public:
    explicit UiLanguage(const QString &code)
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/paydesk_%1.qm").arg(code));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(code == QStringLiteral("es") ? QLocale(QLocale::Spanish, QLocale::Spain)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~UiLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    bool isLoaded() const { return m_loaded; }

    // A "language" column with a row for English and one for Spanish, for a data-driven test.
    static void addRows()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace paydesk::test
