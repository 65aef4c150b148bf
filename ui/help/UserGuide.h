#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTextBrowser;
class QUrl;
QT_END_NAMESPACE

namespace paydesk::ui {

// Help > User guide: the guide's pages, bundled in the program (resources/guide), shown in
// the desk's language, with Back, Forward and Home. It has no network access: every page and
// picture is a resource.
class UserGuide : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuide(QWidget *parent = nullptr);

    // Shows the guide over `window`, at the page for that window (pageFor); an open guide of the
    // same window is reused. A child of the window, so that it works over a modal dialog too.
    static UserGuide *open(QWidget *window);
    // Shows the guide over `window` at `page` (a page's name, e.g. "post-payment").
    static UserGuide *open(QWidget *window, const QString &page);

    // The page about a window: by its object name, else by its class or the nearest base class
    // that has one; "index" for a window without a page.
    static QString pageFor(const QWidget *window);
    // Every page that some window maps to.
    static QStringList windowPages();
    // "es" when the desk speaks Spanish (the default QLocale, as app/gui/main.cpp picks the
    // translation), else "en".
    static QString language();
    // qrc:/guide/LANGUAGE/PAGE.html
    static QUrl pageUrl(const QString &page);

    void showPage(const QString &page);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace paydesk::ui
