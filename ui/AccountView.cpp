#include "AccountView.h"

#include "AccountSummary.h"
#include "ListTableView.h"
#include "ledger/AccountReader.h"
#include "models/AdjustmentsModel.h"
#include "models/AllocationsModel.h"
#include "models/ChargesModel.h"
#include "models/ItemRoles.h"
#include "models/MembersModel.h"
#include "models/PaymentsModel.h"
#include "models/TransfersModel.h"
#include "models/UnearnedModel.h"
#include "util/Errors.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

AccountView::AccountView(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_summary(new AccountSummary(this)), m_tabs(new QTabWidget(this))
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

    addList(List::Members, new MembersModel(this), MembersModel::Name, QStringLiteral("members"));
    addList(List::Charges, new ChargesModel(this), ChargesModel::Description, QStringLiteral("charges"));
    addList(List::Adjustments, new AdjustmentsModel(this), AdjustmentsModel::Type, QStringLiteral("adjustments"));
    addList(List::Payments, new PaymentsModel(this), PaymentsModel::Status, QStringLiteral("payments"));
    addList(List::Allocations, new AllocationsModel(this), AllocationsModel::Target, QStringLiteral("allocations"));
    addList(List::Transfers, new TransfersModel(this), TransfersModel::Patient, QStringLiteral("transfers"));
    addList(List::Unearned, new UnearnedModel(this), UnearnedModel::Patient, QStringLiteral("unearned"));
    m_tabs->setDocumentMode(true);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

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
}

ListTableView *AccountView::addList(List which, AccountTableModel *model, int stretchColumn, const QString &exportName)
{
    auto *view = new ListTableView(model, this);
    view->setStretchColumn(stretchColumn);
    view->setExportName(exportName);
    m_models[size_t(which)] = model;
    m_lists[size_t(which)] = view;
    m_tabs->addTab(view, QString());
    return view;
}

void AccountView::setDatabase(const core::Database *db)
{
    m_db = db;
    clear();
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
        if (!sameFamily)
            showList(List::Charges);
        const core::Patient *guarantor = account.guarantor();
        setCurrentPatient(account.member(patientId) ? patientId : guarantor ? guarantor->id : 0);
        return true;
    } catch (const core::Refusal &e) {
        Q_EMIT loadFailed(e.message());
    } catch (const core::StorageError &e) {
        Q_EMIT loadFailed(e.message());
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
    for (AccountTableModel *model : m_models)
        model->setAccount({});
    m_summary->clear();
    m_stack->setCurrentIndex(0);
    Q_EMIT accountChanged();
}

void AccountView::showAccount(const core::FamilyAccount &account)
{
    m_account = account;
    for (AccountTableModel *model : m_models)
        model->setAccount(account);
    m_summary->setAccount(account);
    updateTitles();
    m_stack->setCurrentIndex(1);
    Q_EMIT accountChanged();
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

qint64 AccountView::currentPaymentId() const
{
    return list(List::Payments)->currentId();
}

qint64 AccountView::currentChargeId() const
{
    return list(List::Charges)->currentId();
}

void AccountView::showList(List which)
{
    m_tabs->setCurrentWidget(list(which));
}

ListTableView *AccountView::currentList() const
{
    return static_cast<ListTableView *>(m_tabs->currentWidget());
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

    const std::array<QString, listCount> names = {tr("Members (%1)"), tr("Charges (%1)"), tr("Adjustments (%1)"),
                                                  tr("Payments (%1)"), tr("Allocations (%1)"), tr("Transfers (%1)"),
                                                  tr("Unearned (%1)")};
    for (size_t i = 0; i < m_lists.size(); ++i)
        m_tabs->setTabText(int(i), names[i].arg(m_models[i]->rowCount()));
}

} // namespace paydesk::ui
