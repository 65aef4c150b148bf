#include "reports/FamilyReportDialog.h"

#include "FileDialogs.h"
#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"
#include "models/ItemRoles.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace paydesk::ui {

FamilyReportDialog::FamilyReportDialog(QAbstractItemModel *model, const QString &exportName, QWidget *parent)
    : QDialog(parent)
    , m_lines(new ListTableView(model, this))
    , m_totals(new QLabel(this))
    , m_open(new QPushButton(tr("&Open account"), this))
    , m_errors(new ErrorLabel(this))
{
    model->setParent(this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_open->setObjectName(QStringLiteral("openAccount"));
    m_lines->setExportName(exportName);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    connect(m_open, &QPushButton::clicked, this, [this] { openFamily(m_lines->currentId()); });
    connect(m_lines, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openFamily(index.data(IdRole).toLongLong());
    });
    connect(m_lines->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_open->setEnabled(m_lines->currentId() != 0);
    });
}

void FamilyReportDialog::arrange(QLayout *options, const QString &hint, const QList<QPushButton *> &buttons)
{
    auto *explanation = new QLabel(hint, this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    connect(csv, &QPushButton::clicked, this, &FamilyReportDialog::exportCsv);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter belongs to the list (it opens a family) or to a report's own default button.
    for (QPushButton *button : buttons + QList<QPushButton *>{csv, m_open}) {
        button->setAutoDefault(false);
        box->addButton(button, QDialogButtonBox::ActionRole);
    }
    box->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    if (options)
        layout->addLayout(options);
    layout->addWidget(explanation);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_errors);
    layout->addWidget(box);
    m_lines->setFocus();
}

void FamilyReportDialog::showLines()
{
    if (m_lines->model()->rowCount())
        m_lines->setCurrentIndex(m_lines->model()->index(0, 0));
    m_open->setEnabled(m_lines->currentId() != 0);
}

void FamilyReportDialog::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
            this, exportTitle(), QDir(folder).filePath(csvFileName()), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool FamilyReportDialog::exportTo(const QString &path)
{
    return m_errors->run([&] { writeCsv(path); });
}

void FamilyReportDialog::openFamily(qint64 familyId)
{
    if (!familyId)
        return;
    m_chosenFamilyId = familyId;
    accept();
}

} // namespace paydesk::ui
