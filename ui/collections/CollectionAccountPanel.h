#pragma once

#include "collections/CollectionStatusService.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace paydesk::ui {

class CollectionHistoryModel;
class ListTableView;

// The Collections page's account: its collection status and since when, its payment plan
// (the Active one, or the latest), and the history of its statuses with who changed each
// and why.
class CollectionAccountPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CollectionAccountPanel(QWidget *parent = nullptr);

    void showStatus(const core::CollectionAccountStatus &status);
    void clear();
    const core::CollectionAccountStatus &status() const { return m_status; }
    ListTableView *historyView() const { return m_historyView; }

    // "IC – Initial collection since 05/01/2026", or "None": what the account view shows
    // beside the billing status too.
    static QString statusText(const core::CollectionAccountStatus &status);
    // "Collection plan, Active: 25.00 every 30 days, next 06/15/2026, webPAY"; "None".
    static QString planText(const std::optional<core::CollectionPlan> &plan);

private:
    core::CollectionAccountStatus m_status;
    QLabel *m_code;
    QLabel *m_plan;
    CollectionHistoryModel *m_history;
    ListTableView *m_historyView;
};

} // namespace paydesk::ui
