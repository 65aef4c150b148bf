#include "DatabaseConnector.h"

#include "dialogs/ConnectionDialog.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QMessageBox>

namespace paydesk::ui {

DatabaseConnector::Result DatabaseConnector::open(const QString &text)
{
    Result result;
    try {
        result.db = std::make_unique<core::Database>(core::ConnectionSpec::parse(text));
    } catch (const core::Refusal &e) {
        result.error = e.message();
    } catch (const core::StorageError &e) {
        result.error = e.message();
    }
    return result;
}

std::unique_ptr<core::Database> DatabaseConnector::ask(QWidget *parent, QString text, QString error)
{
    for (;;) {
        if (!error.isEmpty())
            QMessageBox::warning(parent, tr("Database"), error);
        ConnectionDialog dialog(parent);
        dialog.setConnectionText(text);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        text = dialog.connectionText();
        Result result = open(text);
        if (result.db)
            return std::move(result.db);
        error = result.error;
    }
}

} // namespace paydesk::ui
