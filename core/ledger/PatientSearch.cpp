#include "ledger/PatientSearch.h"

#include "ledger/LedgerCalendar.h"
#include "ledger/SearchTerms.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/DateText.h"

#include <QRegularExpression>

namespace paydesk::core {

namespace {

bool allDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Numbers joined by the separators a typed date uses: meant as a date, whether it is one.
bool looksLikeDate(const QString &piece)
{
    static const QRegularExpression numbers(QStringLiteral("^\\d+([/.-]\\d+)+$"));
    return numbers.match(piece).hasMatch();
}

// The first text after every text that begins with `prefix`: the prefix with its last
// character one higher ("mar" -> "mas"). Terms hold letters and digits only, so this bound
// holds under SQLite's binary order and PostgreSQL's collations alike; "prefix" plus U+FFFF
// does not where a collation ignores that character.
QString prefixEnd(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    ++points.last();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

} // namespace

PatientSearch::Criteria PatientSearch::read(const QString &text, const QLocale &locale, const QDate &today)
{
    static const QRegularExpression pieces(QStringLiteral("[\\s,]+"));
    Criteria criteria;
    for (const QString &piece : text.split(pieces, Qt::SkipEmptyParts)) {
        if (allDigits(piece)) {
            bool ok = false;
            const qint64 account = piece.toLongLong(&ok);
            criteria.familyIds.append(ok ? account : -1); // too long to be an account: nobody has it
            continue;
        }
        const DateText::Result date = DateText::parse(piece, locale, today);
        if (date.date.isValid()) {
            criteria.birthDates.append(date.date);
            continue;
        }
        if (looksLikeDate(piece)) {
            // Read as name words ("13", "45") it would only find nobody, without saying why.
            criteria.problems.append(date.error);
            continue;
        }
        for (const QString &word : SearchTerms::words(piece)) {
            if (!criteria.words.contains(word))
                criteria.words.append(word);
        }
    }
    return criteria;
}

PatientSearch::Page PatientSearch::find(const QString &text, const Patient *after, int pageSize) const
{
    const Criteria criteria = read(text, m_locale, LedgerCalendar(m_db).today());
    if (!criteria.problems.isEmpty())
        return {{}, false, criteria.problems};
    // The statement's shape depends only on how many of each part there are, so the
    // connection's statement cache keeps one per shape.
    QString sql = QStringLiteral("SELECT id, family_id, last_name, first_name, birth_date, is_guarantor FROM patients"
                                 " WHERE (search_name > :after_name OR (search_name = :after_name AND id > :after_id))");
    if (!criteria.words.isEmpty()) {
        // The patients whose terms match every word: a range of patient_terms' primary key
        // (term, patient_id) per word, intersected, then the patients by id and the page sorted
        // from them. The cost follows the number of matches, never the size of the practice.
        // PostgreSQL is handed the matches as an array, which it must read first: given them
        // as IN (...) with a LIMIT, it walks the name index checking each patient instead,
        // which is slow when the matches lie far along the alphabet ("garcia": 290 ms instead
        // of 17 ms among 265,000 patients).
        QStringList ranges;
        for (qsizetype i = 0; i < criteria.words.size(); ++i)
            ranges << QStringLiteral("SELECT patient_id FROM patient_terms WHERE term >= :low%1 AND term < :high%1").arg(i);
        const QString matches = ranges.join(QStringLiteral(" INTERSECT "));
        sql += m_db.isPostgres() ? QStringLiteral(" AND id = ANY (ARRAY(%1))").arg(matches)
                                 : QStringLiteral(" AND id IN (%1)").arg(matches);
    }
    for (qsizetype i = 0; i < criteria.familyIds.size(); ++i)
        sql += QStringLiteral(" AND family_id = :account%1").arg(i);
    for (qsizetype i = 0; i < criteria.birthDates.size(); ++i)
        sql += QStringLiteral(" AND birth_date = :birth%1").arg(i);
    sql += QStringLiteral(" ORDER BY search_name, id LIMIT :limit");

    SqlQuery q = m_db.query();
    q.prepare(sql);
    for (qsizetype i = 0; i < criteria.words.size(); ++i) {
        q.bind(QStringLiteral(":low%1").arg(i), criteria.words.at(i));
        q.bind(QStringLiteral(":high%1").arg(i), prefixEnd(criteria.words.at(i)));
    }
    for (qsizetype i = 0; i < criteria.familyIds.size(); ++i)
        q.bind(QStringLiteral(":account%1").arg(i), criteria.familyIds.at(i));
    for (qsizetype i = 0; i < criteria.birthDates.size(); ++i)
        q.bind(QStringLiteral(":birth%1").arg(i), criteria.birthDates.at(i).toString(Qt::ISODate));
    q.bind(QStringLiteral(":after_name"), after ? after->displayName().toLower() : QString(QLatin1String("")));
    q.bind(QStringLiteral(":after_id"), after ? after->id : qint64(0));
    q.bind(QStringLiteral(":limit"), pageSize + 1);
    q.exec();
    Page page;
    while (q.next()) {
        if (page.patients.size() == pageSize) {
            page.more = true;
            break;
        }
        page.patients.append({q.id(0), q.id(1), q.text(2), q.text(3), q.date(4), q.value(5).toInt() == 1});
    }
    return page;
}

} // namespace paydesk::core
