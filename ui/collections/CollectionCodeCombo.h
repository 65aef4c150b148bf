#pragma once

#include "collections/CollectionCode.h"

#include <QComboBox>

namespace paydesk::ui {

// A code of the practice's Collection Status Table, shown with its description
// ("IC – Initial collection"), as the plan screen's Status for Default and Set status pick it.
class CollectionCodeCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CollectionCodeCombo(QWidget *parent = nullptr);

    void setCodes(const QList<core::CollectionCode> &codes);
    // The code chosen, empty when none.
    QString code() const;
    // Chooses `code`; none when the table does not have it.
    void setCode(const QString &code);

    // "IC – Initial collection", or the code alone when the table has no description for it.
    static QString label(const QString &code, const QString &description);
};

} // namespace paydesk::ui
