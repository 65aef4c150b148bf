#pragma once

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QToolButton;
QT_END_NAMESPACE

namespace paydesk::ui {

// The account's tab titles as a row of buttons that wraps onto another row when the view is
// too narrow for all of them, so that no title is ever elided or scrolled out of sight (a
// QTabBar's are on a 1024-pixel screen, in Spanish even more). Ctrl+Tab, Ctrl+PgDown and
// their Shift / PgUp twins move between tabs anywhere in the parent, as in a QTabWidget.
class TabStrip : public QWidget
{
    Q_OBJECT

public:
    explicit TabStrip(QWidget *parent = nullptr);

    int addTab(const QString &text);
    int count() const { return int(m_buttons.size()); }
    QString tabText(int index) const;
    void setTabText(int index, const QString &text);
    QToolButton *button(int index) const { return m_buttons.at(index); }

    int currentIndex() const;
    void setCurrentIndex(int index);

Q_SIGNALS:
    void currentChanged(int index);

private:
    void step(int by);

    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
};

} // namespace paydesk::ui
