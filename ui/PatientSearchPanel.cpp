#include "PatientSearchPanel.h"

#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"
#include "models/PatientSearchModel.h"
#include "util/DateText.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk::ui {

PatientSearchPanel::PatientSearchPanel(QWidget *parent)
    : QWidget(parent), m_model(new PatientSearchModel(this)), m_edit(new QLineEdit(this)),
      m_message(new ErrorLabel(this)), m_results(new ListTableView(m_model, this)), m_count(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    // Alt+F is the File menu's: the box says how to come back to it from anywhere, as the
    // empty account's placeholder does.
    auto *caption = new QLabel(tr("Find patient (Ctrl+F)"), this);
    caption->setBuddy(m_edit);
    QFont captionFont = caption->font();
    captionFont.setBold(true);
    caption->setFont(captionFont);

    m_edit->setPlaceholderText(tr("Name, birth date (%1) or account #").arg(core::DateText::pattern(locale())));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_results->installEventFilter(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_results->setStretchColumn(PatientSearchModel::Name);
    m_results->setExportName(QStringLiteral("patients"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Patients found"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(caption);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // A message about what was typed goes as soon as it is typed over; the search says it
    // again if it still holds.
    connect(m_edit, &QLineEdit::textChanged, m_message, &ErrorLabel::clearMessages);
    connect(m_debounce, &QTimer::timeout, this, &PatientSearchPanel::runSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientSearchPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PatientSearchPanel::updateCount);
    connect(m_model, &PatientSearchModel::searchFailed, this, &PatientSearchPanel::searchFailed);
    connect(m_results, &QAbstractItemView::activated, this, [this] {
        if (const std::optional<core::Patient> patient = currentPatient())
            Q_EMIT patientActivated(*patient);
    });
}

void PatientSearchPanel::setDatabase(const core::Database *db)
{
    m_model->setDatabase(db);
    runSearch();
}

void PatientSearchPanel::search(const QString &text)
{
    m_edit->setText(text);
    runSearch();
}

void PatientSearchPanel::showFamily(qint64 familyId, qint64 patientId)
{
    search(QString::number(familyId));
    m_results->selectId(patientId);
}

void PatientSearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

std::optional<core::Patient> PatientSearchPanel::currentPatient() const
{
    const int row = m_results->currentSourceRow();
    if (row < 0)
        return std::nullopt;
    return m_model->patient(row);
}

bool PatientSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_edit && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        openChosen();
        return true;
    }
    if (watched == m_edit && key == Qt::Key_Down) {
        enterResults();
        return true;
    }
    if (watched == m_results && key == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientSearchPanel::runSearch()
{
    m_debounce->stop();
    if (m_edit->text() != m_model->query())
        m_model->setQuery(m_edit->text());
}

bool PatientSearchPanel::chooseRow()
{
    runSearch();
    if (m_results->model()->rowCount() == 0)
        return false;
    // The row the clerk moved to before coming back to the box, else the first match.
    if (!m_results->currentIndex().isValid())
        m_results->setCurrentIndex(m_results->model()->index(0, 0));
    return true;
}

void PatientSearchPanel::enterResults()
{
    if (chooseRow())
        m_results->setFocus(Qt::OtherFocusReason);
}

void PatientSearchPanel::openChosen()
{
    // One Enter opens the only match, or the chosen one, without a detour through the list.
    if (!chooseRow())
        return;
    if (const std::optional<core::Patient> patient = currentPatient())
        Q_EMIT patientActivated(*patient);
}

void PatientSearchPanel::updateCount()
{
    // Each search says again what is wrong with it, so the message goes with its correction.
    m_message->showMessages(m_model->problems());
    const int rows = m_model->rowCount();
    if (!m_model->problems().isEmpty())
        m_count->clear();
    else if (rows == 0)
        m_count->setText(m_model->query().trimmed().isEmpty() ? tr("Type a name, a birth date or an account number.")
                                                              : tr("No patient matches \"%1\"").arg(m_model->query()));
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("First %1 matches shown; scroll for more").arg(rows));
    else
        m_count->setText(tr("%n match(es)", nullptr, rows));
}

} // namespace paydesk::ui
