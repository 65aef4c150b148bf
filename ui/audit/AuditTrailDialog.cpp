#include "audit/AuditTrailDialog.h"

#include "FileDialogs.h"
#include "ListTableView.h"
#include "audit/AuditExport.h"
#include "audit/AuditTrailModel.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/LedgerCalendar.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace paydesk::ui {

AuditTrailDialog::AuditTrailDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new AuditTrailModel(db, this))
    , m_list(new ListTableView(m_model, this))
    , m_family(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_useSince(new QCheckBox(tr("&Since:"), this))
    , m_since(new DateEdit(this))
    , m_errors(new ErrorLabel(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Audit trail"));
    m_family->setObjectName(QStringLiteral("family"));
    m_user->setObjectName(QStringLiteral("user"));
    m_action->setObjectName(QStringLiteral("action"));
    m_useSince->setObjectName(QStringLiteral("useSince"));
    m_since->setObjectName(QStringLiteral("since"));
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setAccessibleName(tr("Audit entries"));
    m_family->setPlaceholderText(tr("Any"));
    m_user->setPlaceholderText(tr("Anyone"));
    m_action->setPlaceholderText(tr("Any: create, void, sign-in, refused…"));
    m_since->useReportRange(core::LedgerCalendar(db).today());
    m_since->enableWith(m_useSince);
    m_list->setStretchColumn(AuditTrailModel::After);
    m_list->setKeyColumns({AuditTrailModel::At, AuditTrailModel::User, AuditTrailModel::Action});
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QFormLayout;
    m_familyMessage = ErrorLabel::addFieldRow(left, tr("&Account #:"), m_family);
    left->addRow(tr("&User:"), m_user);
    auto *right = new QFormLayout;
    right->addRow(tr("Ac&tion:"), m_action);
    right->addRow(m_useSince, m_since);
    auto *filters = new QHBoxLayout;
    filters->addLayout(left, 1);
    filters->addLayout(right, 1);
    connect(m_family, &QLineEdit::textEdited, m_familyMessage, &ErrorLabel::clearMessages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *show = buttons->addButton(tr("Sho&w"), QDialogButtonBox::ApplyRole);
    show->setObjectName(QStringLiteral("show"));
    show->setDefault(true);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("export"));
    exportButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(show, &QPushButton::clicked, this, &AuditTrailDialog::apply);
    connect(exportButton, &QPushButton::clicked, this, &AuditTrailDialog::exportCsv);
    // The list's own Export CSV (its context menu) writes the same file as the button.
    QObject::disconnect(m_list->exportAction(), nullptr, m_list, nullptr);
    connect(m_list->exportAction(), &QAction::triggered, this, &AuditTrailDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A date is entered with Enter too: it shows the trail from then on.
    connect(m_since, &DateEdit::dateEntered, this, &AuditTrailDialog::apply);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditTrailDialog::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditTrailDialog::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(1000, 560);
    apply();
    m_family->setFocus();
}

bool AuditTrailDialog::apply()
{
    // A filter that is refused shows nothing: rows of the previous filter under its message
    // would read as the answer to this one.
    if (!readFilter()) {
        m_model->clear();
        return false;
    }
    return true;
}

bool AuditTrailDialog::readFilter()
{
    m_errors->clearMessages();
    core::AuditFilter filter;
    const QString family = m_family->text().trimmed();
    bool isNumber = true;
    filter.familyId = family.isEmpty() ? 0 : family.toLongLong(&isNumber);
    if (!isNumber || filter.familyId < 0) {
        m_familyMessage->showMessages({tr("The account # \"%1\" is not a number.").arg(family)});
        m_family->setFocus(Qt::OtherFocusReason);
        return false;
    }
    filter.user = m_user->text().trimmed();
    filter.action = m_action->text().trimmed();
    if (m_useSince->isChecked()) {
        const std::optional<QDate> since = m_since->takeDate();
        if (!since)
            return false;
        filter.since = *since;
    }
    return m_errors->run([&] { m_model->setFilter(filter); });
}

void AuditTrailDialog::exportCsv()
{
    if (!apply())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
            this, tr("Export CSV"), QDir(folder).filePath(QStringLiteral("audit.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditTrailDialog::exportTo(const QString &path)
{
    // The trail's own CSV, as `paydesk-cli audit --csv` writes it (UTC, the JSON as stored),
    // not the list's translated columns: a file that reads the same whichever tool made it.
    return apply() && m_errors->run([&] { core::AuditExport(m_db, m_signedInUser).writeCsv(m_model->filter(), path); });
}

void AuditTrailDialog::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("The newest %n entries; scroll for more.", nullptr, rows)
                                               : tr("%n entries.", nullptr, rows));
}

} // namespace paydesk::ui
