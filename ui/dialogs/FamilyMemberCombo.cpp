#include "dialogs/FamilyMemberCombo.h"

#include "print/LedgerText.h"

namespace paydesk::ui {

FamilyMemberCombo::FamilyMemberCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("patient"));
}

void FamilyMemberCombo::setMembers(const QList<core::Patient> &members, qint64 selectedPatientId)
{
    clear();
    for (const core::Patient &p : members) {
        // The same words for every patient: no language may give them a gender.
        const QString label = p.isGuarantor ? tr("%1 (born %2, guarantor)", "any patient, man or woman")
                                            : tr("%1 (born %2)", "any patient, man or woman");
        addItem(label.arg(p.displayName(), LedgerText::date(p.birthDate)), p.id);
    }
    selectPatient(selectedPatientId);
}

qint64 FamilyMemberCombo::patientId() const
{
    return currentData().toLongLong();
}

void FamilyMemberCombo::selectPatient(qint64 patientId)
{
    const int row = findData(patientId);
    if (row >= 0)
        setCurrentIndex(row);
}

} // namespace paydesk::ui
