#pragma once

#include <QtGlobal>

#include <optional>

namespace paydesk::core::importing {

struct FamilyInfo
{
    int firstLine = 0;
    int guarantors = 0;
    int guarantorLine = 0;
    bool unreadableFlag = false;
    // The group its first member with a readable practice_group placed it in (an empty
    // value is the Default group); 0: none yet.
    qint64 practiceGroup = 0;
    int practiceGroupLine = 0;
    bool practiceGroupNamed = false; // some member wrote a group rather than leaving it empty
};

struct PatientRef
{
    qint64 id = 0;
    qint64 familyId = 0;
};

struct ChargeRef
{
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 clinicId = 0;
    std::optional<qint64> familyId;
    bool voided = false; // a stored charge that was voided takes nothing more
};

// What the check keeps of each row of the files, by position: what the rows that refer to
// it are checked against, and the line that names it. A million-row import holds these,
// not the rows.
struct PatientRow
{
    qint64 familyId = 0; // 0: unreadable
    int line = 0;
    bool guarantor = false;
};

struct ChargeRow
{
    qint64 patientId = 0; // 0: refused
    qint32 provider = -1; // positions in the code books; -1: refused
    qint32 clinic = -1;
    int line = 0;
};

struct PaymentRow
{
    qint64 familyId = 0; // 0: the patient was refused
    qint64 cents = 0;    // 0: the amount was refused (or is 0.00, which is refused)
    qint64 splitCents = 0;
    qint32 provider = -1; // given by an unallocated split; -1: none
    qint32 clinic = -1;
    int line = 0;
    bool overspent = false;
};

struct ClaimRow
{
    qint64 id = 0;
    qint64 familyId = 0;   // 0: the patient was refused
    qint64 providerId = 0; // named, or else its first procedure's; 0: none yet
    qint64 clinicId = 0;
    int line = 0;
};

} // namespace paydesk::core::importing
