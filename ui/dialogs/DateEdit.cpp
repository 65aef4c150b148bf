#include "dialogs/DateEdit.h"

#include "dialogs/ErrorLabel.h"
#include "ledger/LedgerCalendar.h"
#include "util/DateText.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// No ledger entry or living patient is older: a year typed 0190 or 1090 is a slip.
const QDate earliest(1900, 1, 1);

// The locale's long date with short names and a four-digit year: "Thu, May 17, 1990".
QString hintFormat(const QLocale &locale)
{
    static const QRegularExpression day(QStringLiteral("d{4}"));
    static const QRegularExpression month(QStringLiteral("M{4}"));
    static const QRegularExpression year(QStringLiteral("y+"));
    return locale.dateFormat(QLocale::LongFormat)
            .replace(day, QStringLiteral("ddd"))
            .replace(month, QStringLiteral("MMM"))
            .replace(year, QStringLiteral("yyyy"));
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_message(new ErrorLabel(this))
{
    m_text->setObjectName(QStringLiteral("dateText"));
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_hint->setObjectName(QStringLiteral("dateHint"));
    m_message->setObjectName(QStringLiteral("dateMessage"));

    const QString pattern = core::DateText::pattern(locale());
    m_text->setPlaceholderText(pattern);
    m_text->setToolTip(tr("Type the date as %1 or YYYY-MM-DD (two-digit years are this year or before); "
                          "Up and Down change the day; Alt+Down opens the calendar.")
                               .arg(pattern));
    // Room for the longest form with a margin, so the hint stays beside it.
    const int width = m_text->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00WW")) + 12;
    m_text->setMinimumWidth(width);
    m_text->setMaximumWidth(width + 24);
    m_text->installEventFilter(this);

    m_calendarButton->setArrowType(Qt::DownArrow);
    m_calendarButton->setFocusPolicy(Qt::NoFocus); // Alt+Down from the field does the same
    m_calendarButton->setToolTip(tr("Calendar (Alt+Down)"));
    m_calendarButton->setAccessibleName(tr("Calendar"));
    m_calendarButton->setAccessibleDescription(tr("Alt+Down in the date opens the calendar."));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_text);
    row->addWidget(m_calendarButton);
    row->addSpacing(6);
    row->addWidget(m_hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
    // A label's Alt+letter gives the focus to its buddy only when the buddy takes focus at
    // all: ClickFocus does, and passes it on to the text. Set before the proxy, which would
    // take the policy too and drop out of the Tab chain.
    setFocusPolicy(Qt::ClickFocus);
    setFocusProxy(m_text);
    // Not Fixed: a fixed height is the size hint, which wraps the message at a width of its
    // own (two or three lines for one); the window fits the message as it is shown instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    connect(m_text, &QLineEdit::textChanged, this, [this] { refresh(false); });
    // An unreadable text is explained when the clerk leaves it, not at each key of a date
    // still being typed.
    connect(m_text, &QLineEdit::editingFinished, this, [this] {
        if (!m_text->text().trimmed().isEmpty())
            refresh(true);
    });
    connect(m_text, &QLineEdit::returnPressed, this, &DateEdit::enter);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateEdit::openCalendar);
}

void DateEdit::setRange(const QDate &today, const QDate &lockDate, bool blank, const QDate &latest)
{
    m_today = today;
    m_latest = latest;
    m_lockDate = lockDate;
    if (blank)
        m_text->clear();
    else
        setDate(today);
    refresh(false);
}

void DateEdit::useLedgerRange(const core::LedgerCalendar &calendar)
{
    setRange(calendar.today(), calendar.lockDate(), false, calendar.today());
}

void DateEdit::useBirthDateRange(const QDate &today)
{
    setRange(today, {}, true, today);
}

void DateEdit::useReportRange(const QDate &today)
{
    setRange(today, {}, false, today);
}

void DateEdit::usePlanRange(const QDate &today)
{
    setRange(today, {}, false, today.addYears(1));
}

void DateEdit::enableWith(QAbstractButton *button)
{
    setEnabled(button->isChecked());
    connect(button, &QAbstractButton::toggled, this, &QWidget::setEnabled);
    // `clicked`, not `toggled`: only the clerk's own choice moves the cursor, not a form
    // that is filled in.
    connect(button, &QAbstractButton::clicked, this, [this](bool checked) {
        if (!checked)
            return;
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
}

bool DateEdit::allows(const QDate &date) const
{
    return date.isValid() && date >= earliest && date <= m_latest && !(m_lockDate.isValid() && date <= m_lockDate);
}

DateEdit::Reading DateEdit::read() const
{
    const QString text = m_text->text().trimmed();
    if (text.isEmpty())
        return {{}, tr("Type a date as %1 or YYYY-MM-DD.").arg(core::DateText::pattern(locale()))};
    const core::DateText::Result typed = core::DateText::parse(text, locale(), m_today);
    if (!typed.date.isValid())
        return {{}, typed.error};
    const QDate date = typed.date;
    // Dates in messages read as the field shows them.
    const auto shown = [this](const QDate &d) { return core::DateText::format(d, locale()); };
    if (date > m_latest && m_latest == m_today)
        return {date, tr("%1 is after today (%2).").arg(shown(date), shown(m_today))};
    if (date > m_latest)
        return {date, tr("%1 is more than a year after today (%2).").arg(shown(date), shown(m_today))};
    if (m_lockDate.isValid() && date <= m_lockDate)
        return {date,
                tr("%1 is on or before the lock date %2 (Settings; config key ledger.lock_date): the books of that "
                   "period are closed.")
                        .arg(shown(date), shown(m_lockDate))};
    if (date < earliest)
        return {date, tr("%1 is before %2.").arg(shown(date), shown(earliest))};
    return {date, {}};
}

void DateEdit::refresh(bool always)
{
    const Reading reading = read();
    m_hint->setText(reading.date.isValid() ? locale().toString(reading.date, hintFormat(locale())) : QString());
    const bool outOfRange = reading.date.isValid() && !reading.problem.isEmpty();
    if (reading.problem.isEmpty())
        m_message->clearMessages();
    else if (always || outOfRange || !m_message->isHidden())
        m_message->showMessages({reading.problem});
    const QDate value = reading.problem.isEmpty() ? reading.date : QDate();
    if (value != m_value) {
        m_value = value;
        Q_EMIT dateChanged(value);
    }
}

QDate DateEdit::date() const
{
    return m_value;
}

void DateEdit::setDate(const QDate &date)
{
    m_text->setText(date.isValid() ? core::DateText::format(date, locale()) : QString());
}

std::optional<QDate> DateEdit::takeDate()
{
    refresh(true);
    if (m_value.isValid())
        return m_value;
    selectToRetype();
    return std::nullopt;
}

void DateEdit::selectToRetype()
{
    m_text->setFocus();
    m_text->selectAll();
}

QString DateEdit::message() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

QString DateEdit::hint() const
{
    return m_hint->text();
}

void DateEdit::step(int days)
{
    const Reading reading = read();
    const QDate next = reading.date.addDays(days);
    // Stepping stays within the range and within the year: crossing into another year takes
    // typing it.
    if (!reading.problem.isEmpty() || !allows(next) || next.year() != reading.date.year()) {
        QApplication::beep();
        return;
    }
    setDate(next);
    enter();
}

void DateEdit::enter()
{
    // m_value follows each key (refresh); a refused text is explained by editingFinished.
    if (m_value.isValid())
        Q_EMIT dateEntered(m_value);
}

bool DateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // The clerk moving on (Tab, a click elsewhere, an Alt+letter) finishes the date; the
    // window closing or losing the focus to another one does not.
    if (watched == m_text && event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::MouseFocusReason
            || reason == Qt::ShortcutFocusReason)
            enter();
    }
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if ((key->key() == Qt::Key_Down && modifiers == Qt::AltModifier)
            || (key->key() == Qt::Key_F4 && modifiers == Qt::NoModifier)) {
            openCalendar();
            return true;
        }
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && modifiers == Qt::NoModifier) {
            step(key->key() == Qt::Key_Up ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateEdit::openCalendar()
{
    // A child of the text, so that the text losing the focus to it is not taken for the
    // clerk finishing the date (QLineEdit then emits no editingFinished).
    auto *popup = new QFrame(m_text, Qt::Popup);
    popup->setObjectName(QStringLiteral("calendarPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setLocale(locale());
    calendar->setMinimumDate(m_lockDate.isValid() ? std::max(earliest, m_lockDate.addDays(1)) : earliest);
    calendar->setMaximumDate(m_latest);
    const Reading reading = read();
    calendar->setSelectedDate(reading.date.isValid() ? reading.date : m_today);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(calendar);
    const auto choose = [this, popup](const QDate &date) {
        setDate(date);
        popup->close();
        m_text->setFocus();
        enter();
    };
    connect(calendar, &QCalendarWidget::clicked, this, choose);
    connect(calendar, &QCalendarWidget::activated, this, choose);
    popup->move(m_text->mapToGlobal(QPoint(0, m_text->height())));
    popup->show();
    calendar->setFocus();
}

} // namespace paydesk::ui
