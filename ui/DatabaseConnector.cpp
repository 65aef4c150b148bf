#include "DatabaseConnector.h"

#include "PasswordKeychain.h"
#include "dialogs/ConnectionDialog.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QMessageBox>

namespace paydesk::ui {

namespace {

bool wantsPassword(const core::ConnectionSpec &spec)
{
    return spec.kind() == core::ConnectionSpec::Kind::Postgres && spec.password().isEmpty();
}

} // namespace

DatabaseConnector::Result DatabaseConnector::open(const QString &text, const PasswordKeychain &keychain)
{
    Result result;
    try {
        core::ConnectionSpec spec = core::ConnectionSpec::parse(text);
        if (wantsPassword(spec)) {
            if (const std::optional<QString> stored = keychain.read(spec.displayName()))
                spec = spec.withPassword(*stored);
        }
        result.db = std::make_unique<core::Database>(spec);
    } catch (const core::Refusal &e) {
        result.error = e.message();
    } catch (const core::StorageError &e) {
        result.error = e.message();
    }
    return result;
}

std::unique_ptr<core::Database> DatabaseConnector::ask(QWidget *parent, QString text, const PasswordKeychain &keychain,
                                                       QString error)
{
    for (;;) {
        if (!error.isEmpty())
            QMessageBox::warning(parent, tr("Database"), error);
        ConnectionDialog dialog(parent);
        dialog.setConnectionText(text);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        text = dialog.connectionText();
        Result result = open(text, keychain);
        if (result.db) {
            const core::ConnectionSpec &spec = result.db->spec();
            if (spec.kind() == core::ConnectionSpec::Kind::Postgres && !dialog.typedPassword().isEmpty())
                keychain.write(spec.displayName(), dialog.typedPassword());
            return std::move(result.db);
        }
        error = result.error;
    }
}

std::unique_ptr<core::Database> DatabaseConnector::reopen(QWidget *parent, const QString &text,
                                                          const PasswordKeychain &keychain)
{
    Result result = open(text, keychain);
    if (result.db)
        return std::move(result.db);
    return ask(parent, text, keychain, result.error);
}

} // namespace paydesk::ui
