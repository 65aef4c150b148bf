#include "migration/MigrationsDialog.h"

#include "DeskCommands.h"
#include "ListTableView.h"
#include "ScreenFit.h"
#include "dialogs/ErrorLabel.h"
#include "migration/MigrationLogDialog.h"
#include "migration/MigrationsModel.h"
#include "migration/NightlyRun.h"
#include "models/ItemRoles.h"
#include "users/ActionGate.h"
#include "util/Permissions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk::ui {

MigrationsDialog::MigrationsDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_model(new MigrationsModel(db, user, this))
    , m_view(new ListTableView(m_model, this))
    , m_search(new QLineEdit(this))
    , m_previous(new QPushButton(tr("←"), this))
    , m_pageLabel(new QLabel(this))
    , m_next(new QPushButton(tr("→"), this))
    , m_count(new QLabel(this))
    , m_errors(new ErrorLabel(this))
    , m_result(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_runNightly(m_buttons->addButton(tr("Run Nightly &Job Now"), QDialogButtonBox::ActionRole))
    , m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Migrations"));
    m_view->setObjectName(QStringLiteral("migrations"));
    m_view->setAccessibleName(tr("Migrations"));
    m_search->setObjectName(QStringLiteral("search"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_pageLabel->setObjectName(QStringLiteral("page"));
    m_search->setPlaceholderText(tr("An id, a group, a user or a status"));
    m_search->setClearButtonEnabled(true);
    m_previous->setToolTip(tr("Previous page (PgUp)"));
    m_next->setToolTip(tr("Next page (PgDn)"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    // Newest first is the store's order; the list sorts the page it has only when asked.
    m_view->setExportName(QStringLiteral("migrations"));
    m_view->setStretchColumn(MigrationsModel::Group);
    m_view->setKeyColumns(
            {MigrationsModel::Id, MigrationsModel::Group, MigrationsModel::Status, MigrationsModel::CompletedOn});
    for (QPushButton *button : {m_previous, m_next})
        button->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *openLog = m_buttons->addButton(tr("Open &log"), QDialogButtonBox::ActionRole);
    openLog->setObjectName(QStringLiteral("openLog"));
    openLog->setAutoDefault(false);
    m_runNightly->setObjectName(QStringLiteral("runNightly"));
    m_runNightly->setAutoDefault(false);
    const bool mayRun = core::Permissions::allows(db, user, core::Permissions::Action::MigrateLedger);
    m_runNightly->setEnabled(mayRun);
    m_runNightly->setToolTip(mayRun ? tr("Starts the queued migrations if the practice's nightly time has come, and "
                                         "any a stopped job left In Progress, as the scheduled job would now.")
                                    : ActionGate::needsRole(core::Permissions::Action::MigrateLedger));
    m_result->setObjectName(QStringLiteral("nightlyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_progress->hide();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { read(text, 1); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(Qt::TabFocusReason); });
    connect(m_previous, &QPushButton::clicked, this, &MigrationsDialog::previousPage);
    connect(m_next, &QPushButton::clicked, this, &MigrationsDialog::nextPage);
    // Wherever the cursor is in the window, PgUp and PgDn turn the page: a page of 50 rows
    // is in view at once or nearly.
    auto *pageUp = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    auto *pageDown = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(pageUp, &QShortcut::activated, this, &MigrationsDialog::previousPage);
    connect(pageDown, &QShortcut::activated, this, &MigrationsDialog::nextPage);
    connect(m_view, &QAbstractItemView::activated, this, &MigrationsDialog::openLog);
    connect(openLog, &QPushButton::clicked, this, &MigrationsDialog::openLog);
    connect(m_runNightly, &QPushButton::clicked, this, &MigrationsDialog::runNightly);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_refresh->setInterval(refreshMs);
    connect(m_refresh, &QTimer::timeout, this, &MigrationsDialog::reload);

    auto *top = new QHBoxLayout;
    auto *find = new QFormLayout;
    find->addRow(tr("&Search:"), m_search);
    top->addLayout(find, 1);
    top->addWidget(m_previous);
    top->addWidget(m_pageLabel);
    top->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_errors);
    layout->addWidget(m_count);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setTabOrder(m_search, m_view);
    resize(ScreenFit::size(this, QSize(1000, 560)));
}

void MigrationsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded)
        read(m_search->text(), 1);
    m_search->setFocus(Qt::OtherFocusReason);
}

void MigrationsDialog::read(const QString &search, int page)
{
    const qint64 current = m_view->currentId();
    m_loaded = m_errors->run([&] { m_model->load(search, page); });
    if (!current || !m_view->selectId(current)) {
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
    }
    afterRead();
}

void MigrationsDialog::afterRead()
{
    const core::MigrationPage &page = m_model->page();
    m_pageLabel->setText(tr("Page %1 of %2").arg(page.page).arg(page.pages));
    m_previous->setEnabled(page.page > 1);
    m_next->setEnabled(page.page < page.pages);
    m_count->setText(tr("%n migration(s).", nullptr, int(page.total)));
    if (m_model->anyInProgress())
        m_refresh->start();
    else
        m_refresh->stop();
}

void MigrationsDialog::reload()
{
    read(m_model->search(), m_model->page().page);
}

void MigrationsDialog::showPage(int page)
{
    read(m_model->search(), page);
}

void MigrationsDialog::previousPage()
{
    if (m_model->page().page > 1)
        showPage(m_model->page().page - 1);
}

void MigrationsDialog::nextPage()
{
    if (m_model->page().page < m_model->page().pages)
        showPage(m_model->page().page + 1);
}

void MigrationsDialog::openLog()
{
    const qint64 id = m_view->currentId();
    if (!id)
        return;
    DeskCommands::run(this, tr("Migration log"), [&] {
        MigrationLogDialog dialog(m_db, m_user, id, this);
        dialog.exec();
    });
}

void MigrationsDialog::runNightly()
{
    m_errors->clearMessages();
    m_result->hide();
    m_runNightly->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Starting the nightly job…"));
    m_progress->show();
    const QLocale locale;
    // The conversion is one transaction and cannot stop half way, so there is no Cancel: the
    // bar only repaints between batches of families.
    const auto progress = [&](const core::MigrationProgress &p) {
        m_progress->setRange(0, int(p.families));
        m_progress->setValue(int(p.familiesDone));
        m_progress->setFormat(tr("Migration %1: %2 of %3 families, %4 rows written")
                                      .arg(p.migrationId)
                                      .arg(locale.toString(p.familiesDone), locale.toString(p.families),
                                           locale.toString(p.rows)));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    QStringList lines;
    m_errors->run([&] { lines = core::NightlyRun(m_db, m_user).run(std::nullopt, progress).lines(); });
    m_progress->hide();
    m_runNightly->setEnabled(true);
    if (!lines.isEmpty()) {
        m_result->setText(lines.join(u'\n'));
        m_result->show();
    }
    reload();
}

} // namespace paydesk::ui
