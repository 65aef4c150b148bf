#include "billing/BillingListPage.h"

#include "FileDialogs.h"
#include "ListTableView.h"
#include "billing/BillingListCsv.h"
#include "billing/BillingListModel.h"
#include "dialogs/ErrorLabel.h"
#include "models/ItemRoles.h"
#include "util/Permissions.h"

#include <QAction>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace paydesk::ui {

using Field = BillingListModel::Field;

BillingListPage::BillingListPage(const core::Database &db, const QString &user, core::BillingList list, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_list(list)
    , m_model(new BillingListModel(db, list, this))
    , m_view(new ListTableView(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_errors(new ErrorLabel(this))
{
    const QString name = core::BillingAccountReader::listName(list);
    setObjectName(name);
    m_view->setObjectName(name + QStringLiteral("List"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("A guarantor's name or an account #"));
    m_filter->setClearButtonEnabled(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_view->setExportName(name);

    const bool suspensions = list == core::BillingList::OtherSuspensions;
    m_view->setStretchColumn(m_model->column(suspensions ? Field::SuspensionReason : Field::Guarantor));
    QList<int> keys;
    const QList<Field> keyFields = list == core::BillingList::Plans
            ? QList<Field>{Field::Guarantor, Field::Account, Field::MonthlyAmount, Field::DaysSinceLastPayment, Field::Balance}
            : suspensions ? QList<Field>{Field::Guarantor, Field::Account, Field::Balance, Field::ResumesOn}
                          : QList<Field>{Field::Guarantor, Field::Account, Field::Balance, Field::NextStatement};
    for (Field field : keyFields)
        keys << m_model->column(field);
    m_view->setKeyColumns(keys);

    auto *review = new QPushButton(tr("&Review…"), this);
    review->setObjectName(QStringLiteral("review"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    // Enter in the list opens the review (activated); no button of the window takes it too.
    for (QPushButton *button : {review, exportButton})
        button->setAutoDefault(false);
    connect(review, &QPushButton::clicked, this, &BillingListPage::review);
    connect(exportButton, &QPushButton::clicked, this, &BillingListPage::exportCsv);
    // The list's own Export CSV (its context menu) writes the same file as the button.
    QObject::disconnect(m_view->exportAction(), nullptr, m_view, nullptr);
    connect(m_view->exportAction(), &QAction::triggered, this, &BillingListPage::exportCsv);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong())
            Q_EMIT reviewRequested(id);
    });
    // The proxy sorts the rows it has: give it every row of the list first.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_errors->run([this] { m_model->fetchAll(); });
    });
    connect(m_filter, &QLineEdit::textChanged, this, &BillingListPage::applyFilter);
    // Down from the filter goes to the list, to pick a row and press Enter.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(Qt::TabFocusReason); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BillingListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BillingListPage::updateCount);

    auto *top = new QFormLayout;
    top->addRow(tr("Fi&nd:"), m_filter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(review);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, review);
    setTabOrder(review, exportButton);
}

void BillingListPage::load()
{
    if (!m_loaded)
        applyFilter();
}

void BillingListPage::invalidate()
{
    m_loaded = false;
    if (isVisible())
        load();
}

void BillingListPage::applyFilter()
{
    m_errors->clearMessages();
    const qint64 current = m_view->currentId();
    m_loaded = m_errors->run([this] { m_model->setFilter(m_filter->text().trimmed()); });
    if (current)
        m_view->selectId(current);
}

void BillingListPage::review()
{
    const qint64 id = m_view->currentId();
    if (!id) {
        m_errors->showMessages({tr("Choose an account in the list first.")});
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
    Q_EMIT reviewRequested(id);
}

void BillingListPage::exportCsv()
{
    // A role that may not export is told so before choosing a file.
    m_errors->clearMessages();
    if (!m_errors->run([this] { core::Permissions::require(m_db, m_user, core::Permissions::Action::Export); }))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(this,
                                                   tr("Export CSV"),
                                                   QDir(folder).filePath(objectName() + QStringLiteral(".csv")),
                                                   tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool BillingListPage::exportTo(const QString &path)
{
    m_errors->clearMessages();
    // The CLI's file for the tab and the filter (BillingListCsv: ZOLL's header on Payment
    // plans), not the list's translated columns: the same file whichever tool wrote it.
    return m_errors->run([&] { core::BillingListCsv::write(m_db, m_user, m_list, m_model->filter(), path); });
}

void BillingListPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("The first %n accounts; scroll for more.", nullptr, rows)
                                               : tr("%n account(s).", nullptr, rows));
}

} // namespace paydesk::ui
