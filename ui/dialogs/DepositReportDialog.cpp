#include "dialogs/DepositReportDialog.h"

#include "FileDialogs.h"
#include "dialogs/DateEdit.h"
#include "dialogs/DepositLinesModel.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/PdfOutput.h"
#include "ledger/LedgerCalendar.h"
#include "print/LedgerText.h"
#include "print/PdfDocument.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

QString methodLabel(const QString &code)
{
    const auto method = core::parsePaymentMethod(code);
    return method ? core::paymentMethodLabel(*method) : code;
}

void fillTotals(QFormLayout *form, const QMap<QString, core::Money> &totals, QString (*label)(const QString &))
{
    while (form->rowCount() > 0)
        form->removeRow(0);
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        auto *amount = new QLabel(LedgerText::money(it.value()));
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->addRow(label(it.key()), amount);
    }
}

QString asIs(const QString &text)
{
    return text;
}

QString totalsTable(const QString &heading, const QMap<QString, core::Money> &totals, QString (*label)(const QString &))
{
    QString html = QStringLiteral("<h2>%1</h2><table width=\"40%\" cellspacing=\"0\" cellpadding=\"3\">")
                           .arg(heading.toHtmlEscaped());
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td class=\"money\">%2</td></tr>")
                        .arg(label(it.key()).toHtmlEscaped(), LedgerText::money(it.value()).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

DepositReportDialog::DepositReportDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_date(new DateEdit(this))
    , m_lines(new DepositLinesModel(this))
    , m_view(new QTableView(this))
    , m_byMethod(new QFormLayout)
    , m_byUser(new QFormLayout)
    , m_total(new QLabel(this))
    , m_errors(new ErrorLabel(this))
{
    m_date->setObjectName(QStringLiteral("date"));
    m_date->useReportRange(core::LedgerCalendar(db).today());
    m_view->setObjectName(QStringLiteral("lines"));
    m_view->setAccessibleName(tr("Payments of the day"));
    m_total->setObjectName(QStringLiteral("total"));

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_lines);
    sorted->setSortRole(DepositLinesModel::SortRole);
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DepositLinesModel::PaymentColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    // A row per payment: a long name is elided, never wrapped onto a second line ("Revisora,
    // Lucía" in Spanish).
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DepositLinesModel::PatientColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("Deposit &date:"), this);
    dateLabel->setBuddy(m_date);
    top->addWidget(dateLabel, 0, Qt::AlignTop);
    top->addWidget(m_date, 1);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    top->addWidget(m_total, 0, Qt::AlignTop);

    auto *byMethod = new QGroupBox(tr("By method"), this);
    byMethod->setLayout(m_byMethod);
    auto *byUser = new QGroupBox(tr("By user"), this);
    byUser->setLayout(m_byUser);
    auto *totals = new QHBoxLayout;
    totals->addWidget(byMethod);
    totals->addWidget(byUser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    auto *print = buttons->addButton(tr("&Open for printing"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsv"));
    m_documents = {csv, pdf, print};
    // No default button: Enter in the date field shows that date's report, it does not
    // close the window (Esc does).
    for (QPushButton *b : {csv, pdf, print, buttons->button(QDialogButtonBox::Close)})
        b->setAutoDefault(false);
    connect(csv, &QPushButton::clicked, this, &DepositReportDialog::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &DepositReportDialog::savePdf);
    connect(print, &QPushButton::clicked, this, [this] {
        PdfOutput::open(html(m_report, m_user, core::LedgerCalendar(m_db).timeZone()),
                          documentTitle(),
                          QStringLiteral("paydesk-deposit-%1.pdf").arg(m_report.date.toString(Qt::ISODate)),
                          this);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A date being typed, or refused, is not the one shown: the report goes until the clerk
    // finishes a date the field takes.
    connect(m_date, &DateEdit::dateChanged, this, [this](const QDate &date) {
        m_errors->clearMessages();
        if (date.isValid() && date == m_report.date)
            return;
        m_report = {};
        showReport();
    });
    connect(m_date, &DateEdit::dateEntered, this, [this](const QDate &date) {
        if (date != m_report.date)
            rebuild();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(totals);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(820, 560);
    rebuild();
}

void DepositReportDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
    rebuild();
}

QString DepositReportDialog::documentTitle() const
{
    return tr("Deposit report for %1").arg(LedgerText::date(m_report.date));
}

void DepositReportDialog::rebuild()
{
    const QDate date = m_date->date();
    m_report = {};
    if (date.isValid())
        m_errors->run([&] { m_report = core::DepositReport::build(m_db, m_user, date); });
    showReport();
}

void DepositReportDialog::showReport()
{
    const bool shown = m_report.date.isValid();
    setWindowTitle(shown ? documentTitle() : tr("Deposit report"));
    m_lines->setLines(m_report.lines);
    fillTotals(m_byMethod, m_report.byMethod, methodLabel);
    fillTotals(m_byUser, m_report.byUser, asIs);
    for (QPushButton *button : std::as_const(m_documents))
        button->setEnabled(shown);
    if (shown)
        m_total->setText(tr("%n payment(s), total %1", nullptr, int(m_report.lines.size()))
                                 .arg(LedgerText::money(m_report.total)));
    else if (const QDate typed = m_date->date(); typed.isValid())
        m_total->setText(tr("Press Enter to show %1.").arg(LedgerText::date(typed)));
    else
        m_total->clear();
}

void DepositReportDialog::exportCsv()
{
    const QString path = FileDialogs::saveFileName(
            this,
            tr("Export deposit report"),
            QDir::home().filePath(QStringLiteral("deposit-%1.csv").arg(m_report.date.toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_errors->run([&] { m_report.writeCsv(path); });
}

void DepositReportDialog::savePdf()
{
    PdfOutput::saveAs(html(m_report, m_user, core::LedgerCalendar(m_db).timeZone()),
                        documentTitle(),
                        QStringLiteral("deposit-%1.pdf").arg(m_report.date.toString(Qt::ISODate)),
                        this);
}

QString DepositReportDialog::html(const core::DepositReport &report, const QString &printedBy, const QTimeZone &zone)
{
    const QString title = tr("Deposit report for %1").arg(LedgerText::date(report.date));
    QString body
            = QStringLiteral("<h1>%1</h1><p class=\"muted\">%2</p>")
                      .arg(title.toHtmlEscaped(),
                           (tr("Printed by %1 on %2").arg(printedBy, LedgerText::dateTime(core::Clock::nowUtc(), zone)))
                                   .toHtmlEscaped());
    DepositLinesModel model;
    model.setLines(report.lines);
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (int c = 0; c < DepositLinesModel::ColumnCount; ++c) {
        body += QStringLiteral("<th%1>%2</th>")
                        .arg(c == DepositLinesModel::AmountColumn ? QStringLiteral(" class=\"money\"") : QString(),
                             model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    }
    body += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        body += QStringLiteral("<tr>");
        for (int c = 0; c < DepositLinesModel::ColumnCount; ++c) {
            body += QStringLiteral("<td%1>%2</td>")
                            .arg(c == DepositLinesModel::AmountColumn ? QStringLiteral(" class=\"money\"") : QString(),
                                 model.index(r, c).data().toString().toHtmlEscaped());
        }
        body += QStringLiteral("</tr>");
    }
    body += QStringLiteral(
                    "<tr class=\"total\"><td colspan=\"%1\">%2</td><td class=\"money\">%3</td><td></td></tr></table>")
                    .arg(QString::number(DepositLinesModel::AmountColumn),
                         tr("%n payment(s)", nullptr, int(report.lines.size())).toHtmlEscaped(),
                         LedgerText::money(report.total).toHtmlEscaped());
    body += totalsTable(tr("By method"), report.byMethod, methodLabel);
    body += totalsTable(tr("By user"), report.byUser, asIs);
    return PdfDocument::page(title, body);
}

} // namespace paydesk::ui
