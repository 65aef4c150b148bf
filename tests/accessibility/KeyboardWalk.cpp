#include "KeyboardWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>

namespace paydesk::test {

namespace {

bool isControl(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) || qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
           || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w)
           || qobject_cast<const QTabBar *>(w);
}

// The control a widget is part of (itself when it is one), or null when it belongs to none or
// sits in a tool bar or the menu bar.
QWidget *controlOf(QWidget *w, const QWidget *window)
{
    QWidget *control = nullptr;
    for (QWidget *p = w; p && p != window; p = p->parentWidget()) {
        if (qobject_cast<QToolBar *>(p) || qobject_cast<QMenuBar *>(p))
            return nullptr;
        if (isControl(p))
            control = p; // the outermost: a combo box, not its line edit
    }
    return control;
}

QList<QWidget *> visibleControls(QWidget &window)
{
    QList<QWidget *> controls;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && w->window() == &window && controlOf(w, &window) == w)
            controls << w;
    }
    return controls;
}

QString describe(const QWidget *w)
{
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (auto *field = qobject_cast<const QLineEdit *>(w))
        text = field->placeholderText();
    QString where;
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_")) {
            where = p->objectName();
            break;
        }
    }
    return QStringLiteral("%1 \"%2\" %3 (in %4)")
            .arg(QString::fromLatin1(w->metaObject()->className()),
                 w->objectName(),
                 text,
                 where.isEmpty() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : where);
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// Tabs from the window's focus widget until the focus comes to a widget a second time. What
// Tab keeps coming back to, the cycle, goes into `reached` (with the control each widget is
// part of); the widgets before it are not: a user who tabs past them never sees them again.
// The window's own focus widget, not the application's: the walk does not depend on which
// window the platform has activated.
void walk(QWidget &window, QSet<QWidget *> &reached, QStringList &problems)
{
    if (!window.focusWidget()) {
        window.setFocus();
        QTest::keyClick(&window, Qt::Key_Tab);
    }
    QList<QWidget *> visited;
    const int limit = int(window.findChildren<QWidget *>().size()) + 10;
    for (QWidget *focus = window.focusWidget(); focus && visited.size() < limit; focus = window.focusWidget()) {
        if (const qsizetype first = visited.indexOf(focus); first >= 0) {
            for (QWidget *w : visited.mid(first)) {
                reached.insert(w);
                if (QWidget *control = controlOf(w, &window))
                    reached.insert(control);
            }
            return;
        }
        visited << focus;
        // A text browser keeps the focus while Tab goes from link to link, then lets it go.
        for (int link = 0; link < limit && window.focusWidget() == focus; ++link)
            QTest::keyClick(focus, Qt::Key_Tab);
        // Tab that stays where it is: the window's only control, or one that keeps Tab.
        if (window.focusWidget() == focus && visibleControls(window).size() > 1) {
            const QString problem = QStringLiteral("Tab stays in %1").arg(describe(focus));
            if (!problems.contains(problem))
                problems << problem;
        }
    }
}

} // namespace

QStringList keyboardProblems(QWidget &window)
{
    QStringList problems;
    QSet<QWidget *> reached;
    QSet<QWidget *> controls;
    const auto walkNow = [&] {
        walk(window, reached, problems);
        for (QWidget *control : visibleControls(window))
            controls.insert(control);
    };
    walkNow();
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            tabs->tabBar()->setFocus();
            walkNow();
        }
        tabs->setCurrentIndex(shown);
    }

    // A control counts as reached when the focus reached it or the widget it hands its focus
    // to; a button of an exclusive group when Tab reached the group (the arrow keys move in it,
    // as in Qt's radio buttons); and a control that takes no focus when its accessible
    // description gives its keyboard path (a date's calendar button: Alt+Down in the date).
    const auto focusReached = [&](QWidget *control) {
        for (QWidget *w = control; w; w = w->focusProxy()) {
            if (reached.contains(w))
                return true;
        }
        return false;
    };
    const auto wasReached = [&](QWidget *control) {
        if (focusReached(control))
            return true;
        if (control->focusPolicy() == Qt::NoFocus && !control->accessibleDescription().isEmpty())
            return true;
        auto *button = qobject_cast<QAbstractButton *>(control);
        if (!button)
            return false;
        QList<QAbstractButton *> group;
        if (button->group() && button->group()->exclusive())
            group = button->group()->buttons();
        else if (button->autoExclusive())
            group = button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
        return std::any_of(group.cbegin(), group.cend(), [&](QAbstractButton *b) {
            return b != button && (b->autoExclusive() || b->group() == button->group()) && focusReached(b);
        });
    };
    for (QWidget *control : std::as_const(controls)) {
        if (!wasReached(control))
            problems << QStringLiteral("Tab never reaches %1").arg(describe(control));
        if (accessibleName(control).isEmpty())
            problems << QStringLiteral("No accessible name: %1").arg(describe(control));
    }
    problems.sort();
    return problems;
}

} // namespace paydesk::test
