#include "reports/AgingDialog.h"

#include "ListTableView.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "print/LedgerText.h"
#include "reports/AgingModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace paydesk::ui {

AgingDialog::AgingDialog(const core::Database &db, const QString &user, const QDate &today, QWidget *parent)
    : FamilyReportDialog(new AgingModel, QStringLiteral("aging"), parent)
    , m_db(db)
    , m_user(user)
    , m_model(static_cast<AgingModel *>(lines()->proxy()->sourceModel()))
    , m_asOf(new DateEdit(this))
{
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->useReportRange(today);
    lines()->setStretchColumn(AgingModel::Guarantor);
    lines()->setAccessibleName(tr("Families that owe"));
    lines()->setKeyColumns({AgingModel::Guarantor, AgingModel::Balance, AgingModel::Over90});

    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    // The default button: Enter in the date field shows the report for that date. On the
    // list, Enter opens the family instead, and the dialog is gone before the key gets here.
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("show"));
    show->setDefault(true);
    connect(show, &QPushButton::clicked, this, &AgingDialog::rebuild);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(asOfLabel);
    dateRow->addWidget(m_asOf);
    dateRow->addWidget(show);
    dateRow->addStretch();

    arrange(dateRow,
            tr("Each family's balance on the date, by the age of the charges it comes from: money pays the oldest "
               "charges first, whatever the allocations. Families with a credit or nothing owed are left out. Enter "
               "or a double-click opens the account."),
            {});
    resize(900, 560);
    rebuild();
}

void AgingDialog::rebuild()
{
    const std::optional<QDate> asOf = m_asOf->takeDate();
    if (!asOf)
        return;
    if (!errors()->run([&] { m_report = core::AgingReport::build(m_db, m_user, *asOf); }))
        return;
    setWindowTitle(tr("Aging as of %1").arg(LedgerText::date(m_report.asOf)));
    m_model->setLines(m_report.lines);
    QStringList buckets;
    for (int bucket = 0; bucket < core::AgedBalance::bucketCount; ++bucket)
        buckets << tr("%1: %2").arg(core::Aging::bucketLabel(core::AgedBalance::Bucket(bucket)),
                                    LedgerText::money(m_report.totals.buckets[size_t(bucket)]));
    totals()->setText(tr("%n family(ies) owe %1. %2", nullptr, int(m_report.lines.size()))
                              .arg(LedgerText::money(m_report.totals.balance), buckets.join(QStringLiteral(" · "))));
    showLines();
}

QString AgingDialog::csvFileName() const
{
    return QStringLiteral("aging-%1.csv").arg(m_report.asOf.toString(Qt::ISODate));
}

} // namespace paydesk::ui
