#include "PostingCrash.h"

#include "CrashFixtures.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

using namespace Qt::StringLiterals;
using namespace paydesk::core;

namespace paydesk::test {

namespace {

QString reference(qint64 step)
{
    return u"crash-%1"_s.arg(step);
}

} // namespace

void PostingCrash::prepare(const Database &db)
{
    addDemo(db, 120);
}

QStringList PostingCrash::next(const Database &db)
{
    m_before = progress(db);
    // The families in turn, by their patients' ids: the same patients on every database.
    const qint64 patients = scalar(db, u"SELECT COUNT(*) FROM patients"_s);
    SqlQuery q = db.query();
    q.prepare(u"SELECT id FROM patients ORDER BY id LIMIT 1 OFFSET :n"_s).bind(u":n"_s, m_before % patients).exec();
    q.next();
    return {u"post-payment"_s, u"--patient"_s, QString::number(q.id(0)), u"--amount"_s, u"5.00"_s,
            u"--method"_s, u"cash"_s, u"--reference"_s, reference(m_before), u"--auto-allocate"_s};
}

CrashOperation::Effect PostingCrash::effect(const Database &db, QString &problem)
{
    const qint64 after = progress(db);
    if (after == m_before)
        return Effect::Nothing;
    SqlQuery q = db.query();
    q.prepare(u"SELECT p.id, (SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'payment' AND a.entity_id = p.id"
              " AND a.action = 'post') FROM payments p WHERE p.reference = :r"_s)
        .bind(u":r"_s, reference(m_before))
        .exec();
    if (after != m_before + 1 || !q.next() || q.id(1) != 1)
        problem = u"posting %1: %2 payments after it (before: %3), its audit rows: %4"_s.arg(reference(m_before))
                      .arg(after)
                      .arg(m_before)
                      .arg(q.id(1));
    return Effect::Whole;
}

qint64 PostingCrash::progress(const Database &db) const
{
    return scalar(db, u"SELECT COUNT(*) FROM payments WHERE reference LIKE 'crash-%'"_s);
}

QStringList PostingCrash::catchUp(const Database &behind, const Database &ahead)
{
    return progress(behind) < progress(ahead) ? next(behind) : QStringList();
}

} // namespace paydesk::test
