#pragma once

#include "billing/BillingAccountReader.h"

#include <QDialog>

#include <array>

QT_BEGIN_NAMESPACE
class QStackedWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class BillingListPage;
class TabStrip;

// Billing > Patient Billing: ZOLL's Patient Billing page. A tab per list (Queued, Submitted,
// Final statement sent, Pending write-off, Payment plans, Other suspensions), each read a
// page at a time when first shown; Review (the button, Enter or a double-click on a row)
// opens the account's review, after which the lists are read again.
class PatientBillingDialog : public QDialog
{
    Q_OBJECT

public:
    PatientBillingDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    static constexpr size_t tabCount = 6;
    BillingListPage *page(core::BillingList list) const { return m_pages[size_t(list)]; }
    TabStrip *tabs() const { return m_tabs; }
    void showList(core::BillingList list);
    // Whether a review changed a plan: the account on the desk is read again.
    bool changedPlans() const { return m_changed; }

    // Opens the review of `familyId` (what Review, Enter and a double-click do).
    void review(qint64 familyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showTab(int index);
    // Reads the tab shown (only the first time, or after a change) and puts the cursor in
    // its filter: a tab is not read before it is on screen.
    void loadShown();

    const core::Database &m_db;
    QString m_user;
    bool m_changed = false;
    TabStrip *m_tabs;
    QStackedWidget *m_stack;
    std::array<BillingListPage *, tabCount> m_pages{};
};

} // namespace paydesk::ui
