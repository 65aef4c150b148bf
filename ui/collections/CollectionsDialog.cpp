#include "collections/CollectionsDialog.h"

#include "FileDialogs.h"
#include "ListTableView.h"
#include "ScreenFit.h"
#include "billing/RunDailyBillingDialog.h"
#include "collections/CollectionAccountPanel.h"
#include "collections/CollectionCodeCombo.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionCsv.h"
#include "collections/CollectionPlanDialog.h"
#include "collections/CollectionRoster.h"
#include "collections/CollectionRosterModel.h"
#include "collections/CollectionStatusDialog.h"
#include "collections/CollectionStatusService.h"
#include "dialogs/ErrorLabel.h"
#include "users/Role.h"
#include "util/Permissions.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace paydesk::ui {

CollectionsDialog::CollectionsDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_codes(new QListWidget(this))
    , m_find(new QLineEdit(this))
    , m_model(new CollectionRosterModel(db, this))
    , m_view(new ListTableView(m_model, this))
    , m_count(new QLabel(this))
    , m_setStatus(new QPushButton(tr("Set s&tatus…"), this))
    , m_takeOut(new QPushButton(tr("Take &out of collections…"), this))
    , m_plan(new QPushButton(tr("Payment &plan…"), this))
    , m_account(new CollectionAccountPanel(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Collections"));
    m_codes->setObjectName(QStringLiteral("codes"));
    m_codes->setAccessibleName(tr("Collection status codes"));
    m_find->setObjectName(QStringLiteral("find"));
    m_view->setObjectName(QStringLiteral("roster"));
    m_view->setAccessibleName(tr("Accounts with the chosen status"));
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    m_takeOut->setObjectName(QStringLiteral("takeOut"));
    m_plan->setObjectName(QStringLiteral("plan"));
    m_find->setPlaceholderText(tr("A guarantor's name or an account #"));
    m_find->setClearButtonEnabled(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_view->setExportName(QStringLiteral("collections-roster"));
    m_view->setStretchColumn(CollectionRosterModel::Guarantor);
    m_view->setKeyColumns({CollectionRosterModel::Guarantor,
                           CollectionRosterModel::Account,
                           CollectionRosterModel::Code,
                           CollectionRosterModel::Balance,
                           CollectionRosterModel::Delinquent});
    const int codesWidth = m_codes->fontMetrics().horizontalAdvance(QStringLiteral("NDF (0000) – Non-Delinquent Pmt"));
    m_codes->setMaximumWidth(codesWidth + 24);
    // A long description takes a second line rather than a sideways scroll.
    m_codes->setWordWrap(true);
    m_codes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Changes are the billing manager's: greyed out for front desk, saying which role may.
    using Action = core::Permissions::Action;
    const bool mayManage = core::Permissions::allows(db, user, Action::ManageCollections);
    for (QPushButton *button : {m_setStatus, m_takeOut, m_plan}) {
        button->setAutoDefault(false);
        button->setEnabled(mayManage);
        if (!mayManage)
            button->setToolTip(tr("Needs the %1 role")
                                       .arg(core::roleName(core::Permissions::minimumRole(Action::ManageCollections))));
    }
    auto *open = new QPushButton(tr("Open &account"), this);
    open->setObjectName(QStringLiteral("openAccount"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    for (QPushButton *button : {open, exportButton})
        button->setAutoDefault(false);

    connect(m_setStatus, &QPushButton::clicked, this, &CollectionsDialog::setStatus);
    connect(m_takeOut, &QPushButton::clicked, this, &CollectionsDialog::takeOut);
    connect(m_plan, &QPushButton::clicked, this, &CollectionsDialog::editPlan);
    connect(open, &QPushButton::clicked, this, [this] {
        if ((m_chosen = chosenAccount()))
            accept();
    });
    connect(exportButton, &QPushButton::clicked, this, &CollectionsDialog::exportCsv);
    // The history's own Export CSV writes a file too: Export, as the roster's.
    m_account->historyView()->setExportCheck([this] {
        return ErrorLabel::refusalOf([this] { core::Permissions::require(m_db, m_user, Action::Export); });
    });
    // The list's own Export CSV (its context menu) writes the same file as the button.
    QObject::disconnect(m_view->exportAction(), nullptr, m_view, nullptr);
    connect(m_view->exportAction(), &QAction::triggered, this, &CollectionsDialog::exportCsv);
    connect(m_codes, &QListWidget::currentRowChanged, this, &CollectionsDialog::applyFilter);
    connect(m_find, &QLineEdit::textChanged, this, &CollectionsDialog::applyFilter);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(Qt::TabFocusReason); });
    // The proxy sorts the rows it has: give it the whole roster first.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_errors->run([this] { m_model->fetchAll(); });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CollectionsDialog::showAccount);
    connect(m_view, &QAbstractItemView::activated, this, &CollectionsDialog::editPlan);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CollectionsDialog::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CollectionsDialog::updateCount);

    auto *roster = new QWidget(this);
    auto *find = new QFormLayout;
    find->addRow(tr("Fi&nd:"), m_find);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_setStatus);
    actions->addWidget(m_takeOut);
    actions->addWidget(m_plan);
    actions->addWidget(open);
    actions->addWidget(exportButton);
    auto *rosterLayout = new QVBoxLayout(roster);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addLayout(find);
    rosterLayout->addWidget(m_view, 1);
    rosterLayout->addWidget(m_errors);
    rosterLayout->addLayout(actions);

    auto *rosterAndAccount = new QSplitter(Qt::Vertical, this);
    rosterAndAccount->addWidget(roster);
    rosterAndAccount->addWidget(m_account);
    rosterAndAccount->setStretchFactor(0, 3);
    rosterAndAccount->setStretchFactor(1, 2);
    rosterAndAccount->setChildrenCollapsible(false);
    auto *codesAndRoster = new QSplitter(Qt::Horizontal, this);
    codesAndRoster->addWidget(m_codes);
    codesAndRoster->addWidget(rosterAndAccount);
    codesAndRoster->setStretchFactor(1, 1);
    codesAndRoster->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // CGM's Populate Collection Roster is PayDesk's daily run up to a date (the collections
    // step is one of its steps, never a second scheduler): the same dialog as Billing's.
    QPushButton *populate = buttons->addButton(tr("Pop&ulate Collection Roster…"), QDialogButtonBox::ActionRole);
    populate->setObjectName(QStringLiteral("populate"));
    populate->setAutoDefault(false);
    const bool mayRun = core::Permissions::allows(db, user, Action::RunDailyBilling);
    populate->setEnabled(mayRun);
    if (!mayRun)
        populate->setToolTip(
                tr("Needs the %1 role").arg(core::roleName(core::Permissions::minimumRole(Action::RunDailyBilling))));
    connect(populate, &QPushButton::clicked, this, &CollectionsDialog::populate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(codesAndRoster, 1);
    layout->addWidget(buttons);
    setTabOrder(m_codes, m_find);
    setTabOrder(m_find, m_view);
    resize(ScreenFit::size(this, QSize(1180, 720)));
}

void CollectionsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded)
        load();
    m_find->setFocus(Qt::OtherFocusReason);
}

void CollectionsDialog::load()
{
    readCounts();
    applyFilter();
}

void CollectionsDialog::readCounts()
{
    const QString shown = m_codes->currentItem() ? m_codes->currentItem()->data(Qt::UserRole).toString() : QString();
    QList<core::CollectionCode> codes;
    QHash<QString, qint64> counts;
    qint64 all = 0;
    m_errors->run([&] {
        codes = core::CollectionCodeTable(m_db, m_user).list();
        for (const auto &[code, count] : core::CollectionRoster(m_db).countsByCode()) {
            counts.insert(code, count);
            all += count;
        }
    });
    const QSignalBlocker blocker(m_codes);
    m_codes->clear();
    auto *everyone = new QListWidgetItem(tr("All accounts (%1)").arg(all), m_codes);
    everyone->setData(Qt::UserRole, QString());
    for (const core::CollectionCode &code : std::as_const(codes)) {
        // The code and its count first, where a narrow list does not cut them off.
        auto *item = new QListWidgetItem(
                tr("%1 (%2) – %3").arg(code.code).arg(counts.value(code.code)).arg(code.description), m_codes);
        item->setData(Qt::UserRole, code.code);
        item->setToolTip(item->text());
    }
    int row = 0;
    for (int i = 0; i < m_codes->count(); ++i) {
        if (m_codes->item(i)->data(Qt::UserRole).toString() == shown)
            row = i;
    }
    m_codes->setCurrentRow(row);
}

void CollectionsDialog::showCode(const QString &code)
{
    for (int i = 0; i < m_codes->count(); ++i) {
        if (m_codes->item(i)->data(Qt::UserRole).toString() == core::CollectionCode::normalized(code))
            m_codes->setCurrentRow(i);
    }
}

void CollectionsDialog::applyFilter()
{
    m_errors->clearMessages();
    const qint64 current = m_view->currentId();
    const QString code = m_codes->currentItem() ? m_codes->currentItem()->data(Qt::UserRole).toString() : QString();
    m_loaded = m_errors->run([&] { m_model->setFilter(code, m_find->text()); });
    if (!current || !m_view->selectId(current))
        m_account->clear();
}

void CollectionsDialog::showAccount()
{
    const qint64 id = m_view->currentId();
    if (!id) {
        m_account->clear();
        return;
    }
    core::CollectionAccountStatus status;
    if (m_errors->run([&] { status = core::CollectionStatusService(m_db, m_user).status(id); }))
        m_account->showStatus(status);
}

void CollectionsDialog::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("The first %n accounts; scroll for more.", nullptr, rows)
                                               : tr("%n account(s).", nullptr, rows));
}

qint64 CollectionsDialog::chosenAccount()
{
    const qint64 id = m_view->currentId();
    if (!id) {
        m_errors->showMessages({tr("Choose an account in the roster first.")});
        m_view->setFocus(Qt::OtherFocusReason);
    }
    return id;
}

QString CollectionsDialog::accountName(qint64 familyId) const
{
    const int row = m_view->currentSourceRow();
    const QString guarantor = row >= 0 ? m_model->row(row).guarantor : QString();
    return guarantor.isEmpty() ? tr("Account #%1").arg(familyId) : tr("%1 · Account #%2").arg(guarantor).arg(familyId);
}

void CollectionsDialog::setStatus()
{
    if (const qint64 id = chosenAccount()) {
        CollectionStatusDialog dialog(m_db, m_user, CollectionStatusDialog::Mode::Set, id, accountName(id), this);
        dialog.codeCombo()->setCode(m_model->row(m_view->currentSourceRow()).code);
        if (dialog.exec() == QDialog::Accepted)
            afterChange(id);
    }
}

void CollectionsDialog::takeOut()
{
    if (const qint64 id = chosenAccount()) {
        CollectionStatusDialog dialog(m_db, m_user, CollectionStatusDialog::Mode::Clear, id, accountName(id), this);
        if (dialog.exec() == QDialog::Accepted)
            afterChange(id);
    }
}

void CollectionsDialog::editPlan()
{
    if (!m_plan->isEnabled())
        return;
    if (const qint64 id = chosenAccount()) {
        const int row = m_view->currentSourceRow();
        bool changedPlan = false;
        m_errors->run([&] {
            CollectionPlanDialog dialog(m_db, m_user, id, row >= 0 ? m_model->row(row).guarantor : QString(), this);
            dialog.exec();
            changedPlan = dialog.changed();
        });
        if (changedPlan)
            afterChange(id);
    }
}

void CollectionsDialog::populate()
{
    bool processed = false;
    m_errors->run([&] {
        RunDailyBillingDialog dialog(m_db, m_user, this);
        dialog.exec();
        processed = dialog.processedDays();
    });
    if (processed)
        afterChange(m_view->currentId());
}

void CollectionsDialog::afterChange(qint64 familyId)
{
    m_changed = true;
    readCounts();
    applyFilter();
    if (familyId && m_view->selectId(familyId))
        showAccount();
    m_view->setFocus(Qt::OtherFocusReason);
}

void CollectionsDialog::exportCsv()
{
    // A role that may not export is told so before choosing a file.
    m_errors->clearMessages();
    if (!m_errors->run([this] { core::Permissions::require(m_db, m_user, core::Permissions::Action::Export); }))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_model->code().isEmpty() ? QStringLiteral("collections-roster")
                                                   : QStringLiteral("collections-roster-%1").arg(m_model->code());
    const QString path = FileDialogs::saveFileName(
            this, tr("Export CSV"), QDir(folder).filePath(name + u".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool CollectionsDialog::exportTo(const QString &path)
{
    m_errors->clearMessages();
    // The CLI's file for the code (its JSON keys as the header), not the list's translated
    // columns: the same file whichever tool wrote it. Find narrows the screen only.
    return m_errors->run([&] { core::CollectionCsv::writeRoster(m_db, m_user, m_model->code(), path); });
}

} // namespace paydesk::ui
