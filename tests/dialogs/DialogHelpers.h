#pragma once

#include "ledger/FamilyAccount.h"
#include "ledger/PaymentPoster.h"

#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace paydesk::core {
class Database;
}

// What the dialog tests share: a seeded family, typing the way a keyboard does, and
// answering the modal windows a dialog opens.
namespace paydesk::test::dialogs {

inline const QString clerk = QStringLiteral("clerk");

// While it lives (made before the QApplication), the offscreen platform's one screen is
// 1024x600, the smallest the desk supports (its own default is another size).
class SmallScreen
{
public:
    SmallScreen();

private:
    QTemporaryDir m_dir;
};

// One family of two: Ana (guarantor) and her son Luis, with three open charges:
// Luis 2024-01-10 25.00, Ana 2024-01-15 10.00, Ana 2024-02-01 5.00 (40.00 in all).
struct Family
{
    qint64 id = 0;
    qint64 ana = 0;
    qint64 luis = 0;
    QList<qint64> charges;
};

Family seedFamily(const core::Database &db);
// A family of one (born 1975-01-01) who owes `cents` from a D0150 exam of `date`; returns the
// family, and its guarantor in `patient`.
qint64 addOwingFamily(const core::Database &db, const QString &last, const QString &first, qint64 cents, QDate date,
                      qint64 *patient = nullptr);
// The columns "backend" and `choice` (a bool), with the rows "`no`/backend" (false) and
// "`yes`/backend" (true) for each backend.
void addBackendAndChoiceRows(const char *choice, const char *no, const char *yes);

QWidget *focused();
// Types the way a keyboard does: each key goes to whatever has the focus at that moment
// (a grid cell's editor opens on the first key and takes the rest).
void typeText(const QString &text);
// Types each text into the field that has the focus, tabbing on to the next field between
// them (not after the last).
void typeFields(const QStringList &texts);
// From the payment dialog's amount field past method, reference, date and note to the
// allocation grid.
void tabToGrid();
bool showActive(QWidget &window);
// US English, and the desk's remembered choices (QSettings) in `folder`, for a test program
// named `application`.
void useTestSettings(const QTemporaryDir &folder, const QString &application);
// Puts the cursor in the DateEdit named `name`, selects its text and types `text` over it.
void typeDate(QWidget &dialog, const QString &name, const QString &text);
// Shows `shown` over `desk` (the main window) and checks that it fits the screen; with
// PAYDESK_SCREENSHOT_DIR set, saves the screen as the clerk sees it, the desk behind and the
// window over it, as NAME-LANGUAGE.png there. Fails the test (QVERIFY) when it does not fit.
void saveOverDesk(QWidget &desk, QWidget &shown, const QString &name, const QString &language);
// Every message the window shows in red (its ErrorLabels), one per line.
QString errorsOf(const QWidget &window);
// A payment by cash dated today.
core::PaymentDraft paymentDraft(qint64 patientId, qint64 cents);
qint64 allocatedTo(const core::FamilyAccount &account, qint64 chargeId);

// Acts on the next modal window of type T once its exec() has started; closes whatever
// modal window shows instead after a few seconds, so a wrong turn fails instead of hanging.
// Delete the returned timer when no window may come any more, so it cannot answer a later
// test's window.
template<typename T>
QPointer<QTimer> whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, ticks, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *window = qobject_cast<T *>(modal)) {
            timer->stop();
            timer->deleteLater();
            act(window);
        } else if (++*ticks > 500) {
            timer->stop();
            timer->deleteLater();
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
        }
    });
    timer->start(10);
    return timer;
}

} // namespace paydesk::test::dialogs
