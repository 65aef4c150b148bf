#include "balancer/NetUnearnedDialog.h"

#include "ListTableView.h"
#include "balancer/NetUnearnedModel.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/LedgerCalendar.h"
#include "print/LedgerText.h"

#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace paydesk::ui {

NetUnearnedDialog::NetUnearnedDialog(const core::Database &db, const QString &user, QWidget *parent)
    : FamilyReportDialog(new NetUnearnedModel, QStringLiteral("net-unearned"), parent)
    , m_db(db)
    , m_user(user)
    , m_model(static_cast<NetUnearnedModel *>(lines()->proxy()->sourceModel()))
{
    lines()->setStretchColumn(NetUnearnedModel::Guarantor);
    lines()->setAccessibleName(tr("Families holding unearned income"));
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    connect(refresh, &QPushButton::clicked, this, &NetUnearnedDialog::rebuild);
    arrange(nullptr,
            tr("Families holding unearned income (prepayments). Apply it to what their charges owe, or refund it. "
               "Enter or a double-click opens the account."),
            {refresh});
    resize(860, 560);
    rebuild();
}

void NetUnearnedDialog::rebuild()
{
    errors()->run([&] { m_report = core::NetUnearnedReport::build(m_db, m_user, core::LedgerCalendar(m_db).today()); });
    setWindowTitle(tr("Net unearned income as of %1").arg(LedgerText::date(m_report.today)));
    m_model->setLines(m_report.lines);
    totals()->setText(
            tr("%n family(ies) hold %1 of unearned income; their charges owe %2.", nullptr, int(m_report.lines.size()))
                    .arg(LedgerText::money(m_report.totalUnearned), LedgerText::money(m_report.totalChargesOwe)));
    showLines();
}

QString NetUnearnedDialog::csvFileName() const
{
    return QStringLiteral("net-unearned-%1.csv").arg(m_report.today.toString(Qt::ISODate));
}

} // namespace paydesk::ui
