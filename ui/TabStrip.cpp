#include "TabStrip.h"

#include "FlowLayout.h"

#include <QButtonGroup>
#include <QShortcut>
#include <QToolButton>

namespace paydesk::ui {

TabStrip::TabStrip(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    new FlowLayout(this, 2);
    m_group->setExclusive(true);
    // Drawn as tabs: the current one underlined, the others plain until hovered.
    setStyleSheet(
            QStringLiteral("QToolButton { border: none; border-bottom: 2px solid transparent; padding: 3px 4px; }"
                           "QToolButton:hover { background: palette(midlight); }"
                           "QToolButton:checked { border-bottom: 2px solid palette(highlight); font-weight: 600; }"));
    connect(m_group, &QButtonGroup::idClicked, this, &TabStrip::currentChanged);
    const auto shortcut = [&](const QKeySequence &keys, int by) {
        auto *s = new QShortcut(keys, parentWidget() ? parentWidget() : this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, by] { step(by); });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), 1);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1);
}

namespace {
// The current tab's title is bold (the style sheet), which the button's size hint, taken in
// the plain font, does not make room for: "Patient responsibilit".
void fitBoldText(QToolButton *button)
{
    button->ensurePolished(); // the strip's style sheet: its padding, not the plain button's
    QFont bold = button->font();
    bold.setWeight(QFont::DemiBold);
    const QString text = QString(button->text()).remove(u'&');
    const int extra = QFontMetrics(bold).horizontalAdvance(text) - button->fontMetrics().horizontalAdvance(text);
    button->setMinimumWidth(0);
    button->setMinimumWidth(button->sizeHint().width() + qMax(0, extra));
}
} // namespace

int TabStrip::addTab(const QString &text)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    fitBoldText(button);
    const int index = count();
    m_group->addButton(button, index);
    m_buttons.append(button);
    layout()->addWidget(button);
    if (index == 0)
        button->setChecked(true);
    return index;
}

QString TabStrip::tabText(int index) const
{
    return m_buttons.at(index)->text();
}

void TabStrip::setTabText(int index, const QString &text)
{
    m_buttons.at(index)->setText(text);
    fitBoldText(m_buttons.at(index));
}

int TabStrip::currentIndex() const
{
    return m_group->checkedId();
}

void TabStrip::setCurrentIndex(int index)
{
    if (index < 0 || index >= count() || index == currentIndex())
        return;
    m_buttons.at(index)->setChecked(true);
    Q_EMIT currentChanged(index);
}

void TabStrip::step(int by)
{
    if (count() > 0)
        setCurrentIndex((currentIndex() + by + count()) % count());
}

} // namespace paydesk::ui
