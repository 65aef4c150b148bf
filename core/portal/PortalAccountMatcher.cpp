#include "portal/PortalAccountMatcher.h"

#include "portal/PortalTransaction.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paydesk::core::portal {

qint64 PortalAccountMatcher::familyIdOf(const QString &accountNumber)
{
    // Zeros first: a number padded to any width is still that family's.
    static const QRegularExpression digits(u"^0*([0-9]{1,18})$"_s);
    const QRegularExpressionMatch match = digits.match(accountNumber);
    return match.hasMatch() ? match.capturedView(1).toLongLong() : 0;
}

QString PortalAccountMatcher::fold(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            folded += c;
    }
    return folded.toCaseFolded();
}

bool PortalAccountMatcher::nameAgrees(const PortalTransaction &transaction, const QStringList &lastNames)
{
    QStringList folded;
    for (const QString &name : lastNames)
        folded << fold(name);
    if (transaction.source == PortalSource::EodPostingFile)
        return folded.contains(fold(transaction.patientLastName));
    if (transaction.patientName.trimmed().compare(u"Patient"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QStringList words = transaction.patientName.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype first = 0; first < words.size(); ++first) {
        QString run;
        for (qsizetype last = first; last < words.size(); ++last) {
            run += fold(words.at(last));
            if (!run.isEmpty() && folded.contains(run))
                return true;
        }
    }
    return false;
}

PortalAccountMatcher::Family PortalAccountMatcher::read(qint64 familyId) const
{
    Family family;
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT id, last_name, is_guarantor FROM patients WHERE family_id = :f ORDER BY id"_s)
            .bind(u":f"_s, familyId)
            .exec();
    while (q.next()) {
        family.exists = true;
        // Each name once: the refusal lists the family's names, not its members.
        if (const QString name = q.text(1); !family.lastNames.contains(name))
            family.lastNames << name;
        if (q.id(2) == 1)
            family.guarantorId = q.id(0);
    }
    if (!family.exists) {
        SqlQuery f = m_db.query();
        f.prepare(u"SELECT 1 FROM families WHERE id = :f"_s).bind(u":f"_s, familyId).exec();
        family.exists = f.next();
    }
    return family;
}

PortalAccountMatcher::Match PortalAccountMatcher::family(qint64 familyId) const
{
    const Family family = read(familyId);
    if (!family.exists)
        return {.problem = Tr::tr("There is no family %1.").arg(familyId)};
    if (!family.guarantorId)
        return {.familyId = familyId, .problem = Tr::tr("Family %1 has no guarantor to post on.").arg(familyId)};
    return {.familyId = familyId, .guarantorId = family.guarantorId, .problem = {}};
}

PortalAccountMatcher::Match PortalAccountMatcher::match(const PortalTransaction &transaction) const
{
    const bool eod = transaction.source == PortalSource::EodPostingFile;
    const QString field = eod ? Tr::tr("Patient Account Number (field 16)") : Tr::tr("N104 (patient account number)");
    const QString account = transaction.accountNumber.trimmed();
    if (account.isEmpty())
        return {.problem = Tr::tr("%1 is empty: the patient typed no account number; match it to a family.").arg(field)};
    const qint64 familyId = familyIdOf(account);
    if (!familyId)
        return {.problem = Tr::tr("%1 \"%2\" is not an account number of this practice (a family number).")
                                   .arg(field, account)};
    const Family family = read(familyId);
    if (!family.exists)
        return {.problem = Tr::tr("%1 \"%2\": there is no family %3.").arg(field, account).arg(familyId)};
    if (!nameAgrees(transaction, family.lastNames)) {
        const QString name = eod ? transaction.patientLastName : transaction.patientName;
        return {.familyId = familyId,
                .problem = Tr::tr("The patient's name \"%1\" is not the last name of a member of family %2 (%3).")
                                   .arg(name)
                                   .arg(familyId)
                                   .arg(family.lastNames.join(u", "_s))};
    }
    if (!family.guarantorId)
        return {.familyId = familyId, .problem = Tr::tr("Family %1 has no guarantor to post on.").arg(familyId)};
    return {.familyId = familyId, .guarantorId = family.guarantorId, .problem = {}};
}

} // namespace paydesk::core::portal
