#include "migration/MigrationLogDialog.h"

#include "ListTableView.h"
#include "ScreenFit.h"
#include "ledger/LedgerCalendar.h"
#include "migration/MigrationLogModel.h"
#include "migration/MigrationStore.h"
#include "util/Errors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

MigrationLogDialog::MigrationLogDialog(const core::Database &db,
                                       const QString &user,
                                       qint64 migrationId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new MigrationLogModel(this))
    , m_view(new ListTableView(m_model, this))
{
    const core::MigrationStore store(db, user);
    const std::optional<core::Migration> migration = store.find(migrationId);
    if (!migration)
        throw core::Refusal(tr("Migration %1 does not exist.").arg(migrationId));
    m_model->setEntries(store.log(migrationId), core::LedgerCalendar(db).timeZone());

    setWindowTitle(tr("Migration %1: log").arg(migrationId));
    auto *title = new QLabel(tr("%1: %2").arg(core::MigrationStore::describe(*migration),
                                              core::Migration::statusName(migration->status)),
                             this);
    title->setObjectName(QStringLiteral("title"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_view->setObjectName(QStringLiteral("log"));
    m_view->setExportName(QStringLiteral("migration-%1-log").arg(migrationId));
    m_view->setStretchColumn(MigrationLogModel::Message);
    m_view->setKeyColumns({MigrationLogModel::At, MigrationLogModel::Step, MigrationLogModel::Message});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    if (migration->status == core::Migration::Status::Error) {
        auto *reason = new QLabel(tr("Why it failed: %1").arg(migration->reason), this);
        reason->setObjectName(QStringLiteral("reason"));
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    layout->addWidget(buttons);
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(m_model->rowCount() - 1, 0));
    resize(ScreenFit::size(this, QSize(900, 420)));
}

} // namespace paydesk::ui
