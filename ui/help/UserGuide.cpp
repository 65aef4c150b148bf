#include "UserGuide.h"

#include "ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString indexPage = QStringLiteral("index");

// Which page explains which window, by class name (without the namespace). A base class
// covers its subclasses (FamilyReportDialog: Aging and Net unearned income).
const QHash<QString, QString> &pagesByWindow()
{
    static const QHash<QString, QString> pages = {
            {QStringLiteral("MainWindow"), QStringLiteral("find-patient")},
            {QStringLiteral("NewPatientDialog"), QStringLiteral("find-patient")},
            {QStringLiteral("PostPaymentDialog"), QStringLiteral("post-payment")},
            {QStringLiteral("ChargeDialog"), QStringLiteral("charges-adjustments")},
            {QStringLiteral("AdjustmentDialog"), QStringLiteral("charges-adjustments")},
            {QStringLiteral("ItemVoidDialog"), QStringLiteral("void-refund")},
            {QStringLiteral("ReasonDialog"), QStringLiteral("void-refund")},
            {QStringLiteral("StatementDayDialog"), QStringLiteral("receipts-statements")},
            {QStringLiteral("DepositReportDialog"), QStringLiteral("reports")},
            {QStringLiteral("FamilyReportDialog"), QStringLiteral("reports")},
            {QStringLiteral("FamilyBalancerDialog"), QStringLiteral("family-balancer")},
            {QStringLiteral("PatientBillingDialog"), QStringLiteral("patient-billing")},
            {QStringLiteral("BillingReviewDialog"), QStringLiteral("patient-billing")},
            {QStringLiteral("RunDailyBillingDialog"), QStringLiteral("patient-billing")},
            {QStringLiteral("DashboardDialog"), QStringLiteral("patient-billing")},
            {QStringLiteral("CollectionsDialog"), QStringLiteral("collections")},
            {QStringLiteral("CollectionPlanDialog"), QStringLiteral("collections")},
            {QStringLiteral("CollectionStatusDialog"), QStringLiteral("collections")},
            {QStringLiteral("OnlinePaymentsDialog"), QStringLiteral("online-payments")},
            {QStringLiteral("PortalMatchDialog"), QStringLiteral("online-payments")},
            {QStringLiteral("PortalDismissDialog"), QStringLiteral("online-payments")},
            {QStringLiteral("PracticeGroupsDialog"), QStringLiteral("practice-groups")},
            {QStringLiteral("AddGroupDialog"), QStringLiteral("practice-groups")},
            {QStringLiteral("MigrationsDialog"), QStringLiteral("practice-groups")},
            {QStringLiteral("MigrationLogDialog"), QStringLiteral("practice-groups")},
            {QStringLiteral("UsersDialog"), QStringLiteral("users")},
            {QStringLiteral("AddUserDialog"), QStringLiteral("users")},
            {QStringLiteral("SignInDialog"), QStringLiteral("users")},
            {QStringLiteral("ChangePasswordDialog"), QStringLiteral("users")},
            {QStringLiteral("AuditTrailDialog"), QStringLiteral("users")},
            {QStringLiteral("SettingsDialog"), QStringLiteral("settings")},
            {QStringLiteral("ConnectionDialog"), QStringLiteral("settings")},
    };
    return pages;
}

QString unqualified(const char *className)
{
    const QString name = QString::fromLatin1(className);
    return name.mid(name.lastIndexOf(u':') + 1);
}

} // namespace

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("PayDesk user guide"));
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->setOpenExternalLinks(false);

    // The text browser's own Alt+Left, Alt+Right and Alt+Up work while it has the focus; these
    // work from the buttons too.
    const auto button = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, m_browser, slot);
        addAction(action);
        auto *tool = new QToolButton(this);
        tool->setDefaultAction(action);
        tool->setFocusPolicy(Qt::StrongFocus);
        return tool;
    };
    QToolButton *back = button(tr("Back"), QKeySequence::Back, &QTextBrowser::backward);
    QToolButton *forward = button(tr("Forward"), QKeySequence::Forward, &QTextBrowser::forward);
    QToolButton *home = button(tr("Contents"), QKeySequence(Qt::ALT | Qt::Key_Home), &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, back->defaultAction(), &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward->defaultAction(), &QAction::setEnabled);
    back->defaultAction()->setEnabled(false);
    forward->defaultAction()->setEnabled(false);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(tr("PayDesk user guide: %1").arg(m_browser->documentTitle()));
    });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(close);
    setTabOrder(m_browser, back);

    // Home is the contents, whichever page the guide opened at.
    m_browser->setSource(pageUrl(indexPage));
    m_browser->clearHistory();
    resize(ScreenFit::size(this, QSize(980, 760)));
    m_browser->setFocus();
}

UserGuide *UserGuide::open(QWidget *window)
{
    return open(window, pageFor(window));
}

UserGuide *UserGuide::open(QWidget *window, const QString &page)
{
    auto *guide = window ? window->findChild<UserGuide *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide) {
        guide = new UserGuide(window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->showPage(page);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

QString UserGuide::pageFor(const QWidget *window)
{
    if (!window)
        return indexPage;
    const QHash<QString, QString> &pages = pagesByWindow();
    if (const auto named = pages.constFind(window->objectName()); named != pages.cend())
        return *named;
    for (const QMetaObject *meta = window->metaObject(); meta; meta = meta->superClass()) {
        if (const auto page = pages.constFind(unqualified(meta->className())); page != pages.cend())
            return *page;
    }
    return indexPage;
}

QStringList UserGuide::windowPages()
{
    QStringList pages = pagesByWindow().values();
    pages.removeDuplicates();
    return pages;
}

QString UserGuide::language()
{
    return QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

QUrl UserGuide::pageUrl(const QString &page)
{
    return QUrl(QStringLiteral("qrc:/guide/%1/%2.html").arg(language(), page));
}

void UserGuide::showPage(const QString &page)
{
    const QUrl url = pageUrl(page);
    if (m_browser->source() != url)
        m_browser->setSource(url);
}

} // namespace paydesk::ui
