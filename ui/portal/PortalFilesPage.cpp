#include "portal/PortalFilesPage.h"

#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/LedgerCalendar.h"
#include "portal/PortalFilesModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace paydesk::ui {

PortalFilesPage::PortalFilesPage(const core::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new PortalFilesModel(this))
    , m_view(new ListTableView(m_model, this))
    , m_count(new QLabel(this))
    , m_errors(new ErrorLabel(this))
{
    m_view->setObjectName(QStringLiteral("files"));
    m_view->setAccessibleName(tr("Report files read"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_view->setExportName(QStringLiteral("portal-files"));
    m_view->setStretchColumn(PortalFilesModel::Name);
    m_view->setKeyColumns({PortalFilesModel::Name,
                           PortalFilesModel::FetchedAt,
                           PortalFilesModel::Posted,
                           PortalFilesModel::PostedTotal,
                           PortalFilesModel::Exceptions});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_errors);
    layout->addWidget(m_count);
}

void PortalFilesPage::load()
{
    m_errors->clearMessages();
    QList<core::portal::PortalFileRecord> rows;
    QTimeZone zone;
    if (!m_errors->run([&] {
            rows = core::portal::PortalFileLog::list(m_db);
            zone = core::LedgerCalendar(m_db).timeZone();
        }))
        return;
    m_model->setRows(rows, zone);
    m_count->setText(tr("%n report file(s) processed; a file read before is skipped whole.", nullptr, int(rows.size())));
}

} // namespace paydesk::ui
