#include "DialogHelpers.h"
#include "TestDatabases.h"

#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyRegistry.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QScreen>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

namespace paydesk::test::dialogs {

Family seedFamily(const core::Database &db)
{
    core::FamilyRegistry registry(db, QStringLiteral("setup"));
    core::Patient ana;
    ana.lastName = QStringLiteral("Rivera");
    ana.firstName = QStringLiteral("Ana");
    ana.birthDate = QDate(1980, 4, 2);
    const auto first = registry.addPatient(ana);
    core::Patient luis;
    luis.familyId = first.familyId;
    luis.lastName = QStringLiteral("Rivera");
    luis.firstName = QStringLiteral("Luis");
    luis.birthDate = QDate(2012, 9, 15);
    const auto second = registry.addPatient(luis);

    Family family{first.familyId, first.patientId, second.patientId, {}};
    core::ChargeEntry entry(db, QStringLiteral("setup"));
    const auto charge = [&](qint64 patient, QDate date, const QString &code, const QString &description, qint64 cents) {
        core::Charge c;
        c.patientId = patient;
        c.date = date;
        c.code = code;
        c.description = description;
        c.amount = core::Money::fromCents(cents);
        family.charges << entry.addCharge(c, QStringLiteral("DRLEE"), QStringLiteral("MAIN"));
    };
    charge(family.luis, QDate(2024, 1, 10), QStringLiteral("D0120"), QStringLiteral("Periodic exam"), 2500);
    charge(family.ana, QDate(2024, 1, 15), QStringLiteral("D0274"), QStringLiteral("Bitewings, four films"), 1000);
    charge(family.ana, QDate(2024, 2, 1), QStringLiteral("D1206"), QStringLiteral("Fluoride varnish"), 500);
    return family;
}

qint64 addOwingFamily(const core::Database &db, const QString &last, const QString &first, qint64 cents, QDate date,
                      qint64 *patient)
{
    core::Patient guarantor;
    guarantor.lastName = last;
    guarantor.firstName = first;
    guarantor.birthDate = QDate(1975, 1, 1);
    const auto added = core::FamilyRegistry(db, QStringLiteral("setup")).addPatient(guarantor);
    core::Charge charge;
    charge.patientId = added.patientId;
    charge.date = date;
    charge.code = QStringLiteral("D0150");
    charge.description = QStringLiteral("Comprehensive exam");
    charge.amount = core::Money::fromCents(cents);
    core::ChargeEntry(db, QStringLiteral("setup")).addCharge(charge, QStringLiteral("DRLEE"), QStringLiteral("MAIN"));
    if (patient)
        *patient = added.patientId;
    return added.familyId;
}

void addBackendAndChoiceRows(const char *choice, const char *no, const char *yes)
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<bool>(choice);
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("%s/%s", no, qPrintable(backend)) << backend << false;
        QTest::addRow("%s/%s", yes, qPrintable(backend)) << backend << true;
    }
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void typeText(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(focused(), char(c.toLatin1()));
        } else { // "€": a key whose text is the character, as a keyboard layout sends it
            QTest::sendKeyEvent(QTest::Press, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void typeFields(const QStringList &texts)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(texts[i]);
    }
}

void tabToGrid()
{
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
}

SmallScreen::SmallScreen()
{
    const QString config = m_dir.filePath(QStringLiteral("screen.json"));
    if (const QByteArray chosen = qgetenv("QT_QPA_PLATFORM"); chosen.isEmpty() || chosen == "offscreen") {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(config));
        file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1024, "height": 600}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    }
}

void useTestSettings(const QTemporaryDir &folder, const QString &application)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
    QCoreApplication::setApplicationName(application);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
}

bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void typeDate(QWidget &dialog, const QString &name, const QString &text)
{
    QLineEdit *field = dialog.findChild<ui::DateEdit *>(name)->lineEdit();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

void saveOverDesk(QWidget &desk, QWidget &shown, const QString &name, const QString &language)
{
    QVERIFY(showActive(shown));
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY2(screen->availableGeometry().contains(shown.frameGeometry()), qPrintable(name));
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QImage image(screen->size(), QImage::Format_RGB32);
    image.fill(Qt::darkGray);
    QPainter painter(&image);
    painter.drawPixmap(desk.geometry().topLeft(), desk.grab());
    if (&shown != &desk)
        painter.drawPixmap(shown.geometry().topLeft(), shown.grab());
    painter.end();
    QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
}

QString errorsOf(const QWidget &window)
{
    QStringList shown;
    for (const ui::ErrorLabel *label : window.findChildren<ui::ErrorLabel *>()) {
        if (!label->isHidden() && !label->text().isEmpty())
            shown << label->text();
    }
    return shown.join(u'\n');
}

core::PaymentDraft paymentDraft(qint64 patientId, qint64 cents)
{
    core::PaymentDraft draft;
    draft.patientId = patientId;
    draft.date = QDate::currentDate();
    draft.amount = core::Money::fromCents(cents);
    return draft;
}

qint64 allocatedTo(const core::FamilyAccount &account, qint64 chargeId)
{
    return account.charge(chargeId)->allocated.cents();
}

} // namespace paydesk::test::dialogs
