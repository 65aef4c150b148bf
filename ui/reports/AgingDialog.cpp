#include "reports/AgingDialog.h"

#include "ListTableView.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/LedgerText.h"
#include "models/ItemRoles.h"
#include "reports/AgingModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace paydesk::ui {

AgingDialog::AgingDialog(const core::Database &db, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_asOf(new DateEdit(this))
    , m_model(new AgingModel(this))
    , m_lines(new ListTableView(m_model, this))
    , m_totals(new QLabel(this))
    , m_open(new QPushButton(tr("&Open account"), this))
    , m_errors(new ErrorLabel(this))
{
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_lines->setObjectName(QStringLiteral("lines"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_open->setObjectName(QStringLiteral("openAccount"));
    m_asOf->setDate(today);
    m_lines->setStretchColumn(AgingModel::Guarantor);
    m_lines->setKeyColumns({AgingModel::Guarantor, AgingModel::Balance, AgingModel::Over90});
    m_lines->setExportName(QStringLiteral("aging"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

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

    auto *hint = new QLabel(tr("Each family's balance on the date, by the age of the charges it comes from: money "
                               "pays the oldest charges first, whatever the allocations. Families with a credit or "
                               "nothing owed are left out. Enter or a double-click opens the account."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsv"));
    for (QPushButton *b : {csv, m_open})
        b->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(csv, &QPushButton::clicked, this, &AgingDialog::exportCsv);
    connect(m_open, &QPushButton::clicked, this, [this] { openFamily(m_lines->currentId()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lines, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openFamily(index.data(IdRole).toLongLong());
    });
    connect(m_lines->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_open->setEnabled(m_lines->currentId() != 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dateRow);
    layout->addWidget(hint);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(900, 560);
    rebuild();
    m_lines->setFocus();
}

void AgingDialog::rebuild()
{
    const QDate asOf = m_asOf->date();
    if (!m_errors->run([&] { m_report = core::AgingReport::build(m_db, asOf); }))
        return;
    setWindowTitle(tr("Aging as of %1").arg(LedgerText::date(m_report.asOf)));
    m_model->setLines(m_report.lines);
    QStringList buckets;
    for (int bucket = 0; bucket < core::AgedBalance::bucketCount; ++bucket)
        buckets << tr("%1: %2").arg(core::Aging::bucketLabel(core::AgedBalance::Bucket(bucket)),
                                    LedgerText::money(m_report.totals.buckets[size_t(bucket)]));
    m_totals->setText(tr("%n family(ies) owe %1. %2", nullptr, int(m_report.lines.size()))
                              .arg(LedgerText::money(m_report.totals.balance), buckets.join(QStringLiteral(" · "))));
    if (m_model->rowCount())
        m_lines->setCurrentIndex(m_lines->model()->index(0, 0));
    m_open->setEnabled(m_lines->currentId() != 0);
}

void AgingDialog::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
            this,
            tr("Export aging"),
            QDir(folder).filePath(QStringLiteral("aging-%1.csv").arg(m_report.asOf.toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AgingDialog::exportTo(const QString &path)
{
    return m_errors->run([&] { m_report.writeCsv(path); });
}

void AgingDialog::openFamily(qint64 familyId)
{
    if (!familyId)
        return;
    m_chosenFamilyId = familyId;
    accept();
}

} // namespace paydesk::ui
