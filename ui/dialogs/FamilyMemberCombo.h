#pragma once

#include "ledger/Patient.h"

#include <QComboBox>
#include <QList>

namespace paydesk::ui {

// Chooses one member of a family, guarantor first as the account lists them.
class FamilyMemberCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit FamilyMemberCombo(QWidget *parent = nullptr);

    void setMembers(const QList<core::Patient> &members, qint64 selectedPatientId);
    qint64 patientId() const;
    void selectPatient(qint64 patientId);
};

} // namespace paydesk::ui
