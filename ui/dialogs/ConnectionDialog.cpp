#include "dialogs/ConnectionDialog.h"

#include "FileDialogs.h"
#include "dialogs/ErrorLabel.h"
#include "storage/ConnectionSpec.h"
#include "util/Errors.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_sqlite(new QRadioButton(tr("A SQLite &file on this computer"), this))
    , m_postgres(new QRadioButton(tr("A Postgre&SQL server"), this))
    , m_pages(new QStackedWidget(this))
    , m_path(new QLineEdit(core::ConnectionSpec::defaultSqlitePath(), this))
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_database(new QLineEdit(QStringLiteral("paydesk"), this))
    , m_service(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Open a PayDesk database"));
    m_path->setObjectName(QStringLiteral("path"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_database->setObjectName(QStringLiteral("database"));
    m_service->setObjectName(QStringLiteral("service"));
    m_sqlite->setObjectName(QStringLiteral("sqlite"));
    m_postgres->setObjectName(QStringLiteral("postgres"));
    // 0 leaves the port to the service or to libpq's default.
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keychain or ~/.pgpass when empty"));
    m_service->setPlaceholderText(tr("none"));
    m_preview->setWordWrap(true);
    m_preview->setEnabled(false);

    auto *group = new QButtonGroup(this);
    group->addButton(m_sqlite);
    group->addButton(m_postgres);
    m_sqlite->setChecked(true);

    auto *sqlitePage = new QWidget(m_pages);
    auto *browse = new QPushButton(tr("&Browse…"), sqlitePage);
    browse->setAutoDefault(false);
    auto *sqliteLayout = new QFormLayout(sqlitePage);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    // A label added with a layout gets no buddy, so the mnemonic needs one set by hand.
    auto *pathLabel = new QLabel(tr("&Path:"), sqlitePage);
    pathLabel->setBuddy(m_path);
    sqliteLayout->addRow(pathLabel, pathRow);
    auto *sqliteHint = new QLabel(tr("A new file is created and set up when it does not exist yet."), sqlitePage);
    sqliteHint->setWordWrap(true);
    sqliteLayout->addRow(QString(), sqliteHint);

    auto *postgresPage = new QWidget(m_pages);
    auto *postgresLayout = new QFormLayout(postgresPage);
    postgresLayout->addRow(tr("&Host:"), m_host);
    postgresLayout->addRow(tr("P&ort:"), m_port);
    postgresLayout->addRow(tr("&User:"), m_user);
    postgresLayout->addRow(tr("Pass&word:"), m_password);
    postgresLayout->addRow(tr("&Database:"), m_database);
    postgresLayout->addRow(tr("Ser&vice:"), m_service);
    auto *postgresHint = new QLabel(tr("A password typed here is kept in the system keychain when there is one, "
                                       "else asked for each time. A service from pg_service.conf fills what is "
                                       "left empty."),
                                    postgresPage);
    postgresHint->setWordWrap(true);
    postgresLayout->addRow(QString(), postgresHint);

    m_pages->addWidget(sqlitePage);
    m_pages->addWidget(postgresPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_postgres, &QRadioButton::toggled, this, [this](bool postgres) {
        m_pages->setCurrentIndex(postgres ? 1 : 0);
        updatePreview();
    });
    for (QLineEdit *edit : {m_path, m_host, m_user, m_password, m_database, m_service})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_postgres);
    layout->addWidget(m_pages);
    layout->addWidget(m_preview);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updatePreview();
}

QString ConnectionDialog::connectionText() const
{
    if (m_sqlite->isChecked())
        return m_path->text().trimmed();
    return core::ConnectionSpec::postgres(m_host->text().trimmed(),
                                          m_port->value() ? std::optional<int>(m_port->value()) : std::nullopt,
                                          m_user->text().trimmed(), m_password->text(), m_database->text().trimmed(),
                                          m_service->text().trimmed())
        .text();
}

QString ConnectionDialog::typedPassword() const
{
    return m_postgres->isChecked() ? m_password->text() : QString();
}

void ConnectionDialog::setConnectionText(const QString &text)
{
    try {
        const core::ConnectionSpec spec = core::ConnectionSpec::parse(text);
        if (spec.kind() == core::ConnectionSpec::Kind::Sqlite) {
            m_sqlite->setChecked(true);
            m_path->setText(spec.path());
        } else {
            m_postgres->setChecked(true);
            m_host->setText(spec.host());
            m_port->setValue(spec.hasPort() ? spec.port() : 0);
            m_user->setText(spec.user());
            m_password->setText(spec.password());
            m_database->setText(spec.databaseName());
            m_service->setText(spec.service());
        }
    } catch (const core::Refusal &refusal) {
        m_errors->showMessages(refusal.messages());
    }
}

void ConnectionDialog::browse()
{
    const QString current = m_path->text().trimmed();
    const QString path = FileDialogs::saveFileName(this,
                                                      tr("Choose or create a PayDesk database"),
                                                      current.isEmpty() ? QDir::homePath() : current,
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ConnectionDialog::updatePreview()
{
    try {
        const core::ConnectionSpec spec = core::ConnectionSpec::parse(connectionText());
        m_preview->setText(spec.kind() == core::ConnectionSpec::Kind::Sqlite
                                   ? (QFileInfo::exists(spec.path()) ? tr("Opens %1").arg(spec.displayName())
                                                                     : tr("Creates %1").arg(spec.displayName()))
                                   : tr("Connects to %1").arg(spec.displayName()));
    } catch (const core::Refusal &) {
        // OK explains what is wrong; while typing, the preview just waits for a valid text.
        m_preview->clear();
    }
}

void ConnectionDialog::accept()
{
    if (m_errors->run([this] { core::ConnectionSpec::parse(connectionText()); }))
        QDialog::accept();
}

} // namespace paydesk::ui
