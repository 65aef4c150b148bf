#pragma once

#include <QDate>
#include <QString>

class QLocale;

namespace paydesk::core {

// A date as a person types it: ISO YYYY-MM-DD, or numbers in the order of the locale's
// short date (US: month/day/year; Spain: day/month/year) separated by "/", "-" or ".", with a
// one- or two-digit day and month and a two- or four-digit year. The C locale (no LANG)
// reads the US order.
//
// Two-digit years: YY is the latest year ending in YY that is not after the current year,
// so on 2026-12-06 "26" is 2026, "27" is 1927 and "55" is 1955. Dates typed with two digits
// are birth dates and past visits, never years ahead.
class DateText
{
public:
    struct Result
    {
        QDate date;    // valid when the text was read
        QString error; // otherwise why not, naming the text and the forms accepted
    };

    static Result parse(const QString &text, const QLocale &locale, const QDate &today);
    // The locale's order as a pattern for messages and placeholders ("MM/DD/YYYY", "DD/MM/YYYY").
    static QString pattern(const QLocale &locale);
    // The locale's short form with a four-digit year, which parse() reads back ("05/17/1990").
    static QString format(const QDate &date, const QLocale &locale);
};

} // namespace paydesk::core
