#include "AccountView.h"

#include "AccountSummary.h"
#include "ListTableView.h"
#include "TabStrip.h"
#include "billing/PatientResponsibilityPanel.h"
#include "dialogs/ErrorLabel.h"
#include "groups/FamilyGroupPicker.h"
#include "groups/PracticeGroups.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "migration/PostingLock.h"
#include "models/AdjustmentsModel.h"
#include "models/AllocationsModel.h"
#include "models/ChargesModel.h"
#include "models/ItemRoles.h"
#include "models/LedgerModel.h"
#include "models/MembersModel.h"
#include "models/PaymentsModel.h"
#include "models/TransfersModel.h"
#include "models/UnearnedModel.h"
#include "reports/Aging.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace paydesk::ui {

AccountView::AccountView(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_banner(new QLabel(this)), m_groupPicker(new FamilyGroupPicker(this)),
      m_summary(new AccountSummary(this)), m_tabs(new TabStrip(this)),
      m_pages(new QStackedWidget(this)), m_ledger(new LedgerModel(this))
{
    auto *placeholder = new QLabel(tr("Find a patient (Ctrl+F) and press Enter to open the family's account."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Where the clerk looks before posting: the lock is said before the figures.
    m_banner->setObjectName(QStringLiteral("postingLockBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc2));
    warning.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    m_banner->setPalette(warning);
    m_banner->hide();

    // The key columns stay in view on a small screen; the rest scroll. Status is one where a
    // row can be voided: a void is what the clerk must not miss.
    addList(List::Ledger, m_ledger, LedgerModel::Description,
            {LedgerModel::Date, LedgerModel::Description, LedgerModel::Amount, LedgerModel::Balance},
            QStringLiteral("ledger"));
    addList(List::Members, new MembersModel(this), MembersModel::Name, {}, QStringLiteral("members"));
    addList(List::Charges, new ChargesModel(this), ChargesModel::Description,
            {ChargesModel::Date, ChargesModel::Code, ChargesModel::Description, ChargesModel::Amount,
             ChargesModel::Balance, ChargesModel::Status},
            QStringLiteral("charges"));
    addList(List::Adjustments, new AdjustmentsModel(this), AdjustmentsModel::Type,
            {AdjustmentsModel::Date, AdjustmentsModel::Type, AdjustmentsModel::Amount, AdjustmentsModel::Balance,
             AdjustmentsModel::Status},
            QStringLiteral("adjustments"));
    addList(List::Payments, new PaymentsModel(this), PaymentsModel::Status,
            {PaymentsModel::Date, PaymentsModel::Method, PaymentsModel::Amount, PaymentsModel::Unallocated,
             PaymentsModel::Status},
            QStringLiteral("payments"));
    addList(List::Allocations, new AllocationsModel(this), AllocationsModel::Target,
            {AllocationsModel::Target, AllocationsModel::Amount}, QStringLiteral("allocations"));
    addList(List::Transfers, new TransfersModel(this), TransfersModel::Patient,
            {TransfersModel::Date, TransfersModel::Patient, TransfersModel::Amount}, QStringLiteral("transfers"));
    addList(List::Unearned, new UnearnedModel(this), UnearnedModel::Patient, {}, QStringLiteral("unearned"));
    m_tabs->addTab(tr("Patient responsibility"));
    m_tabs->button(m_tabs->count() - 1)->setObjectName(QStringLiteral("responsibilityTab"));
    // Made after its title, so that Tab goes from the title into the panel.
    m_responsibility = new PatientResponsibilityPanel(this);
    m_pages->addWidget(m_responsibility);
    connect(m_tabs, &TabStrip::currentChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // After the page changed: the actions follow the tab on screen.
    connect(m_tabs, &TabStrip::currentChanged, this, &AccountView::selectedItemChanged);
    for (List which : {List::Ledger, List::Charges, List::Adjustments, List::Payments}) {
        const QItemSelectionModel *selection = list(which)->selectionModel();
        connect(selection, &QItemSelectionModel::selectionChanged, this, &AccountView::selectedItemChanged);
        connect(selection, &QItemSelectionModel::currentRowChanged, this, &AccountView::selectedItemChanged);
    }

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    auto *subtitleRow = new QHBoxLayout;
    subtitleRow->addWidget(m_subtitle, 1);
    subtitleRow->addWidget(m_groupPicker);
    layout->addLayout(subtitleRow);
    layout->addWidget(m_banner);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    ListTableView *members = list(List::Members);
    connect(members->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, members] {
        if (const qint64 id = members->currentId())
            setCurrentPatient(id);
    });
    connect(list(List::Payments), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT paymentActivated(index.data(IdRole).toLongLong()); });
    connect(list(List::Charges), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT chargeActivated(index.data(IdRole).toLongLong()); });
    connect(list(List::Ledger), &QAbstractItemView::activated, this, &AccountView::showLedgerEntry);
    connect(m_groupPicker, &FamilyGroupPicker::moved, this, &AccountView::refresh);
}

ListTableView *AccountView::addList(List which, AccountTableModel *model, int stretchColumn,
                                    const QList<int> &keyColumns, const QString &exportName)
{
    auto *view = new ListTableView(model, this);
    view->setStretchColumn(stretchColumn);
    view->setKeyColumns(keyColumns);
    view->setExportName(exportName);
    // Its name keys the column widths the desk remembers (WindowState).
    view->setObjectName(exportName + QStringLiteral("List"));
    m_models[size_t(which)] = model;
    m_lists[size_t(which)] = view;
    m_pages->addWidget(view);
    m_tabs->addTab(QString());
    return view;
}

void AccountView::setDatabase(const core::Database *db)
{
    m_db = db;
    m_responsibility->setSession(db, m_user);
    clear();
}

void AccountView::setUser(const QString &user)
{
    m_user = user;
    m_responsibility->setSession(m_db, user);
}

bool AccountView::openFamily(qint64 familyId, qint64 patientId)
{
    if (!m_db)
        return false;
    try {
        const core::FamilyAccount account = core::AccountReader(*m_db).load(familyId);
        const bool sameFamily = familyId == m_familyId;
        m_familyId = familyId;
        showAccount(account);
        if (!sameFamily) {
            // The ledger opens on its latest row, where the balance stands now.
            showList(List::Ledger);
            ListTableView *ledger = list(List::Ledger);
            if (const int rows = ledger->model()->rowCount())
                ledger->setCurrentIndex(ledger->model()->index(rows - 1, LedgerModel::Date));
        }
        m_responsibility->showFamily(familyId);
        const core::Patient *guarantor = account.guarantor();
        setCurrentPatient(account.member(patientId) ? patientId : guarantor ? guarantor->id : 0);
        return true;
    } catch (const std::exception &) {
        Q_EMIT loadFailed(ErrorLabel::explainCurrentException().join(u'\n'));
    }
    return false;
}

void AccountView::refresh()
{
    if (!hasFamily())
        return;
    std::array<qint64, listCount> selected{};
    for (size_t i = 0; i < m_lists.size(); ++i)
        selected[i] = m_lists[i]->currentId();
    const int tab = m_tabs->currentIndex();
    if (!openFamily(m_familyId, m_patientId))
        return;
    for (size_t i = 0; i < m_lists.size(); ++i) {
        if (selected[i])
            m_lists[i]->selectId(selected[i]);
    }
    m_tabs->setCurrentIndex(tab);
}

void AccountView::clear()
{
    m_familyId = 0;
    m_patientId = 0;
    m_account = {};
    m_group = {};
    m_lock.reset();
    m_banner->hide();
    for (AccountTableModel *model : m_models)
        model->setAccount({});
    m_summary->clear();
    m_responsibility->showFamily(0);
    m_stack->setCurrentIndex(0);
    Q_EMIT accountChanged();
}

void AccountView::showAccount(const core::FamilyAccount &account)
{
    m_account = account;
    m_group = core::PracticeGroups::groupOf(*m_db, m_familyId);
    m_lock = core::PostingLock::lockingMigration(*m_db, {m_familyId});
    m_banner->setText(m_lock ? core::PostingLock::message(*m_lock) : QString());
    m_banner->setVisible(m_lock.has_value());
    m_groupPicker->showFamily(*m_db, m_user, m_familyId, m_group);
    for (AccountTableModel *model : m_models)
        model->setAccount(account);
    m_summary->setAccount(account);
    // Aged as of today in the practice's time zone, like every date the ledger checks.
    m_summary->setAging(core::Aging::of(account, core::LedgerCalendar(*m_db).today()));
    updateTitles();
    m_stack->setCurrentIndex(1);
    Q_EMIT accountChanged();
}

void AccountView::showLedgerEntry(const QModelIndex &index)
{
    using Kind = core::LedgerEntry::Kind;
    const int row = list(List::Ledger)->proxy()->mapToSource(index).row();
    if (row < 0)
        return;
    const core::LedgerEntry &entry = m_ledger->entry(row);
    const auto show = [this](List which, qint64 id) {
        showList(which);
        list(which)->selectId(id);
        list(which)->setFocus(Qt::OtherFocusReason);
    };
    switch (entry.kind) {
    case Kind::Charge:
    case Kind::InsurancePaid:
    case Kind::WriteOff:
        show(List::Charges, entry.chargeId);
        break;
    case Kind::Adjustment:
        show(List::Adjustments, entry.id);
        break;
    case Kind::Payment:
    case Kind::Void:
    case Kind::Refund:
        show(List::Payments, entry.id);
        break;
    case Kind::Transfer:
    case Kind::TransferLine:
        // A reversed transfer nets to no line: its $0 payment is on Payments.
        if (list(List::Transfers)->selectId(entry.id))
            show(List::Transfers, entry.id);
        else
            show(List::Payments, entry.id);
        break;
    case Kind::InsurancePayment:
        // An as-total claim payment has no list of its own; its procedures are on Charges.
        showList(List::Charges);
        break;
    }
}

void AccountView::setCurrentPatient(qint64 patientId)
{
    // The served member is also the Members list's current row, so that tabbing into the
    // list (which makes some row current) does not quietly serve someone else.
    ListTableView *members = list(List::Members);
    if (members->currentId() != patientId)
        members->selectId(patientId);
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    updateTitles();
    Q_EMIT currentPatientChanged(patientId);
}

qint64 AccountView::selectedIdOn(List which) const
{
    const ListTableView *view = list(which);
    return currentList() == view ? view->selectedId() : 0;
}

const core::LedgerEntry *AccountView::selectedLedgerEntry() const
{
    const ListTableView *ledger = list(List::Ledger);
    const int row = currentList() == ledger ? ledger->selectedSourceRow() : -1;
    return row >= 0 ? &m_ledger->entry(row) : nullptr;
}

qint64 AccountView::selectedPaymentId() const
{
    using Kind = core::LedgerEntry::Kind;
    if (const core::LedgerEntry *entry = selectedLedgerEntry())
        return entry->kind == Kind::Payment || entry->kind == Kind::Void || entry->kind == Kind::Refund ? entry->id : 0;
    return selectedIdOn(List::Payments);
}

qint64 AccountView::selectedChargeId() const
{
    using Kind = core::LedgerEntry::Kind;
    if (const core::LedgerEntry *entry = selectedLedgerEntry())
        return entry->kind == Kind::Charge || entry->kind == Kind::InsurancePaid || entry->kind == Kind::WriteOff
                ? entry->chargeId
                : 0;
    return selectedIdOn(List::Charges);
}

qint64 AccountView::selectedAdjustmentId() const
{
    if (const core::LedgerEntry *entry = selectedLedgerEntry())
        return entry->kind == core::LedgerEntry::Kind::Adjustment ? entry->id : 0;
    return selectedIdOn(List::Adjustments);
}

void AccountView::showList(List which)
{
    m_tabs->setCurrentIndex(m_pages->indexOf(list(which)));
}

ListTableView *AccountView::currentList() const
{
    return qobject_cast<ListTableView *>(m_pages->currentWidget());
}

void AccountView::showResponsibility()
{
    m_tabs->setCurrentIndex(m_pages->indexOf(m_responsibility));
}

void AccountView::focusCurrentTab()
{
    if (ListTableView *shown = currentList())
        shown->setFocus(Qt::OtherFocusReason);
    else
        m_responsibility->planToggle()->setFocus(Qt::OtherFocusReason);
}

void AccountView::updateTitles()
{
    const core::Patient *guarantor = m_account.guarantor();
    m_title->setText(guarantor ? tr("%1 · Account #%2").arg(guarantor->displayName(), QString::number(m_familyId))
                               : tr("Account #%1").arg(m_familyId));
    const core::Patient *serving = m_account.member(m_patientId);
    const QString members = tr("%n member(s)", nullptr, int(m_account.members.size()));
    m_subtitle->setText(serving ? tr("%1 · Serving %2 (patient #%3)").arg(members, serving->displayName(), QString::number(m_patientId))
                                : members);

    const std::array<QString, listCount> names = {tr("Ledger (%1)"),   tr("Members (%1)"),     tr("Charges (%1)"),
                                                  tr("Adjustments (%1)"), tr("Payments (%1)"), tr("Allocations (%1)"),
                                                  tr("Transfers (%1)"), tr("Unearned (%1)")};
    for (size_t i = 0; i < m_lists.size(); ++i) {
        m_tabs->setTabText(int(i), names[i].arg(m_models[i]->rowCount()));
        m_lists[i]->setAccessibleName(m_tabs->tabText(int(i)));
    }
}

} // namespace paydesk::ui
