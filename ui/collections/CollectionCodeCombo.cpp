#include "collections/CollectionCodeCombo.h"

namespace paydesk::ui {

CollectionCodeCombo::CollectionCodeCombo(QWidget *parent)
    : QComboBox(parent)
{
    // Typing a code's letters picks it, as the clerk knows the codes.
    setEditable(false);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void CollectionCodeCombo::setCodes(const QList<core::CollectionCode> &codes)
{
    const QString chosen = code();
    clear();
    for (const core::CollectionCode &code : codes)
        addItem(label(code.code, code.description), code.code);
    setCode(chosen);
}

QString CollectionCodeCombo::code() const
{
    return currentData().toString();
}

void CollectionCodeCombo::setCode(const QString &code)
{
    setCurrentIndex(code.isEmpty() ? -1 : findData(core::CollectionCode::normalized(code)));
}

QString CollectionCodeCombo::label(const QString &code, const QString &description)
{
    return description.isEmpty() ? code : tr("%1 – %2").arg(code, description);
}

} // namespace paydesk::ui
