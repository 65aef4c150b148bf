#include "portal/BalanceDuePage.h"

#include "FileDialogs.h"
#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"
#include "portal/BalanceDueList.h"
#include "portal/BalanceDueModel.h"
#include "portal/PayNowLink.h"
#include "portal/QrCodeView.h"
#include "util/Permissions.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace paydesk::ui {

BalanceDuePage::BalanceDuePage(const core::Database &db, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_banner(new QLabel(this))
    , m_model(new BalanceDueModel(this))
    , m_view(new ListTableView(m_model, this))
    , m_count(new QLabel(this))
    , m_qr(new QrCodeView(this))
    , m_address(new QLabel(this))
    , m_account(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy link"), this))
    , m_status(new QLabel(this))
    , m_errors(new ErrorLabel(this))
{
    m_banner->setObjectName(QStringLiteral("banner"));
    m_view->setObjectName(QStringLiteral("balanceDue"));
    m_view->setAccessibleName(tr("Families with a balance due"));
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_address->setObjectName(QStringLiteral("address"));
    m_account->setObjectName(QStringLiteral("accountToEnter"));
    m_copy->setObjectName(QStringLiteral("copyLink"));
    m_status->setObjectName(QStringLiteral("status"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    // The banner stands out as a notice, in the palette's own colours (dark themes too).
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAlignment(Qt::AlignHCenter);
    m_account->setAlignment(Qt::AlignHCenter);
    m_account->setWordWrap(true);
    QFont bold = m_account->font();
    bold.setBold(true);
    m_account->setFont(bold);
    m_status->setWordWrap(true);
    m_view->setExportName(QStringLiteral("balance-due"));
    m_view->setStretchColumn(BalanceDueModel::Guarantor);
    m_view->setKeyColumns({BalanceDueModel::Guarantor, BalanceDueModel::Account, BalanceDueModel::Balance});

    auto *open = new QPushButton(tr("Open &account"), this);
    open->setObjectName(QStringLiteral("openAccount"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    for (QPushButton *button : {m_copy, open, exportButton})
        button->setAutoDefault(false);

    connect(m_copy, &QPushButton::clicked, this, &BalanceDuePage::copyLink);
    connect(exportButton, &QPushButton::clicked, this, &BalanceDuePage::exportCsv);
    // The list's own Export CSV (its context menu) writes the same file as the button.
    QObject::disconnect(m_view->exportAction(), nullptr, m_view, nullptr);
    connect(m_view->exportAction(), &QAction::triggered, this, &BalanceDuePage::exportCsv);
    const auto choose = [this] {
        if (const qint64 id = m_view->currentId())
            Q_EMIT familyChosen(id);
        else
            m_errors->showMessages({tr("Choose a family in the list first.")});
    };
    connect(open, &QPushButton::clicked, this, choose);
    connect(m_view, &QAbstractItemView::activated, this, choose);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BalanceDuePage::showFamily);
    // The proxy sorts the rows it has: give it the whole list first.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, &BalanceDueModel::fetchAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BalanceDuePage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BalanceDuePage::updateCount);

    auto *list = new QVBoxLayout;
    list->addWidget(m_view, 1);
    list->addWidget(m_count);
    auto *pay = new QVBoxLayout;
    pay->addWidget(m_qr);
    pay->addWidget(m_address);
    pay->addWidget(m_account);
    pay->addWidget(m_copy, 0, Qt::AlignHCenter);
    pay->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(list, 3);
    columns->addLayout(pay, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(open);
    actions->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(m_errors);
    layout->addLayout(actions);
}

void BalanceDuePage::load()
{
    m_errors->clearMessages();
    m_status->clear();
    core::PayNowLink link;
    QList<core::BalanceDue> rows;
    if (!m_errors->run([&] {
            link = core::PayNowLink::read(m_db);
            rows = core::BalanceDueList(m_db).read(m_user);
        }))
        return;
    m_payUrl = link.url();
    m_banner->setVisible(!link.isAvailable());
    m_banner->setText(tr("No Pay Now link yet, so none is shown here or on statements:") + u'\n'
                      + link.missing().join(u'\n'));
    m_copy->setVisible(link.isAvailable());
    m_qr->setVisible(link.isAvailable());
    m_address->setText(m_payUrl);
    // The address column is empty until the link is configured: no room for it then.
    m_model->setRows(rows);
    m_view->setColumnHidden(BalanceDueModel::PayUrl, !link.isAvailable());
    showFamily();
}

void BalanceDuePage::showFamily()
{
    const qint64 id = m_view->currentId();
    m_qr->setText(m_payUrl);
    m_account->setVisible(!m_payUrl.isEmpty());
    m_account->setText(id ? tr("Account number to enter: %1").arg(id)
                          : tr("Choose a family: the patient enters its account number."));
}

void BalanceDuePage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("The first %1 of %n families with a balance due; scroll for more.",
                                                    nullptr,
                                                    int(m_model->total()))
                                                         .arg(rows)
                                               : tr("%n family(ies) with a balance due.", nullptr, rows));
}

void BalanceDuePage::copyLink()
{
    if (m_payUrl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_payUrl);
    m_status->setText(tr("Copied %1 to the clipboard.").arg(m_payUrl));
}

void BalanceDuePage::exportCsv()
{
    // A role that may not export is told so before choosing a file.
    m_errors->clearMessages();
    if (!m_errors->run([this] { core::Permissions::require(m_db, m_user, core::Permissions::Action::Export); }))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
            this, tr("Export CSV"), QDir(folder).filePath(QStringLiteral("balance-due.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool BalanceDuePage::exportTo(const QString &path)
{
    m_errors->clearMessages();
    m_status->clear();
    qint64 written = 0;
    // The CLI's file (its JSON keys as the header), not the list's translated columns.
    if (!m_errors->run([&] { written = core::BalanceDueList(m_db).writeCsv(m_user, path); }))
        return false;
    m_status->setText(tr("%n family(ies) written to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace paydesk::ui
