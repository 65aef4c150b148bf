#include "balancer/NetUnearnedDialog.h"

#include "ListTableView.h"
#include "balancer/NetUnearnedModel.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/LedgerText.h"
#include "models/ItemRoles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace paydesk::ui {

NetUnearnedDialog::NetUnearnedDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new NetUnearnedModel(this))
    , m_lines(new ListTableView(m_model, this))
    , m_totals(new QLabel(this))
    , m_open(new QPushButton(tr("&Open account"), this))
    , m_errors(new ErrorLabel(this))
{
    m_lines->setObjectName(QStringLiteral("lines"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_open->setObjectName(QStringLiteral("openAccount"));
    m_lines->setStretchColumn(NetUnearnedModel::Guarantor);
    m_lines->setExportName(QStringLiteral("net-unearned"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(tr("Families holding unearned income (prepayments). Apply it to what their charges owe, "
                               "or refund it. Enter or a double-click opens the account."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    auto *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsv"));
    for (QPushButton *b : {csv, refresh, m_open})
        b->setAutoDefault(false);
    connect(csv, &QPushButton::clicked, this, &NetUnearnedDialog::exportCsv);
    connect(refresh, &QPushButton::clicked, this, &NetUnearnedDialog::rebuild);
    connect(m_open, &QPushButton::clicked, this, [this] { openFamily(m_lines->currentId()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lines, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openFamily(index.data(IdRole).toLongLong());
    });
    connect(m_lines->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_open->setEnabled(m_lines->currentId() != 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(860, 560);
    rebuild();
}

void NetUnearnedDialog::rebuild()
{
    m_errors->run([&] { m_report = core::NetUnearnedReport::build(m_db, QDate::currentDate()); });
    setWindowTitle(tr("Net unearned income as of %1").arg(LedgerText::date(m_report.today)));
    m_model->setLines(m_report.lines);
    m_totals->setText(
            tr("%n family(ies) hold %1 of unearned income; their charges owe %2.", nullptr, int(m_report.lines.size()))
                    .arg(LedgerText::money(m_report.totalUnearned), LedgerText::money(m_report.totalChargesOwe)));
    m_open->setEnabled(m_lines->currentId() != 0);
}

void NetUnearnedDialog::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
            this,
            tr("Export net unearned income"),
            QDir(folder).filePath(QStringLiteral("net-unearned-%1.csv").arg(m_report.today.toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool NetUnearnedDialog::exportTo(const QString &path)
{
    return m_errors->run([&] { m_report.writeCsv(path); });
}

void NetUnearnedDialog::openFamily(qint64 familyId)
{
    if (!familyId)
        return;
    m_chosenFamilyId = familyId;
    accept();
}

} // namespace paydesk::ui
