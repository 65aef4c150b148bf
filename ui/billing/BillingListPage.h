#pragma once

#include "billing/BillingAccountReader.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::ui {

class BillingListModel;
class ErrorLabel;
class ListTableView;

// One tab of the Patient Billing page: a filter (a guarantor's name or an account number),
// the list, read a page at a time as it scrolls, Review and Export CSV. A sort loads the
// rest of the list first, so that it orders every family, not the first page. Export writes
// what `paydesk-cli billing list` writes for the tab and the filter. The list is read when
// the tab is first shown, not before.
class BillingListPage : public QWidget
{
    Q_OBJECT

public:
    BillingListPage(const core::Database &db, const QString &user, core::BillingList list, QWidget *parent = nullptr);

    BillingListModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Reads the list unless it was read since it last changed.
    void load();
    // The families changed (a plan, a requeue): read again now when shown, else when next shown.
    void invalidate();
    // Writes the tab's CSV to `path`; false (the reason under the list) when refused.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void reviewRequested(qint64 familyId);

private:
    void applyFilter();
    void review();
    void exportCsv();
    void updateCount();

    const core::Database &m_db;
    QString m_user;
    core::BillingList m_list;
    bool m_loaded = false;
    BillingListModel *m_model;
    ListTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
