#include "util/DateText.h"

#include "util/Tr.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace paydesk::core {

namespace {

enum class Part { Day, Month, Year };

// The order of day, month and year in the locale's short date format ("M/d/yy" -> M, d, y).
std::array<Part, 3> order(const QLocale &locale)
{
    // The C locale (a desk started without LANG) writes month names; PayDesk's clerks are
    // American first, so it reads numbers in the US order.
    if (locale.language() == QLocale::C)
        return {Part::Month, Part::Day, Part::Year};
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    std::array<std::pair<qsizetype, Part>, 3> found = {{{format.indexOf(u'd'), Part::Day},
                                                        {format.indexOf(u'M'), Part::Month},
                                                        {format.indexOf(u'y'), Part::Year}}};
    const bool complete = std::all_of(found.begin(), found.end(), [](const auto &p) { return p.first >= 0; });
    if (!complete) // a locale without a numeric short date: the ISO order
        return {Part::Year, Part::Month, Part::Day};
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return {found[0].second, found[1].second, found[2].second};
}

// The three parts in the locale's order, joined by its short format's separator when that
// is one parse() reads ("/", "." or "-"), else by "/".
template<typename Text>
QString assemble(const QLocale &locale, Text text)
{
    const QString format = locale.language() == QLocale::C ? QString() : locale.dateFormat(QLocale::ShortFormat);
    const auto separator = std::find_if(format.begin(), format.end(), [](QChar c) { return !c.isLetter(); });
    const bool readable = separator != format.end() && QStringView(u"/.-").contains(*separator);
    QStringList parts;
    for (Part part : order(locale))
        parts << text(part);
    return parts.join(readable ? *separator : QChar(u'/'));
}

int fullYear(int twoDigits, const QDate &today)
{
    const int century = today.year() - today.year() % 100;
    const int year = century + twoDigits;
    return year > today.year() ? year - 100 : year;
}

} // namespace

DateText::Result DateText::parse(const QString &text, const QLocale &locale, const QDate &today)
{
    const QString typed = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression local(QStringLiteral("^(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})$"));
    const auto refused = [&] {
        return Result{{}, Tr::tr("\"%1\" is not a date: type it as %2 or YYYY-MM-DD.").arg(typed, pattern(locale))};
    };
    if (const QRegularExpressionMatch m = iso.match(typed); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? Result{date, {}} : refused();
    }
    const QRegularExpressionMatch m = local.match(typed);
    if (!m.hasMatch())
        return refused();
    int day = 0, month = 0, year = 0;
    const std::array<Part, 3> parts = order(locale);
    for (int i = 0; i < 3; ++i) {
        const QString digits = m.captured(i + 1);
        switch (parts[size_t(i)]) {
        case Part::Day:
            if (digits.size() > 2)
                return refused();
            day = digits.toInt();
            break;
        case Part::Month:
            if (digits.size() > 2)
                return refused();
            month = digits.toInt();
            break;
        case Part::Year:
            if (digits.size() == 2)
                year = fullYear(digits.toInt(), today);
            else if (digits.size() == 4)
                year = digits.toInt();
            else
                return refused();
            break;
        }
    }
    const QDate date(year, month, day);
    return date.isValid() ? Result{date, {}} : refused();
}

QString DateText::pattern(const QLocale &locale)
{
    return assemble(locale, [](Part part) {
        switch (part) {
        case Part::Day: return Tr::tr("DD", "date pattern: day");
        case Part::Month: return Tr::tr("MM", "date pattern: month");
        case Part::Year: return Tr::tr("YYYY", "date pattern: year");
        }
        return QString();
    });
}

QString DateText::format(const QDate &date, const QLocale &locale)
{
    return assemble(locale, [&](Part part) {
        const int value = part == Part::Day ? date.day() : part == Part::Month ? date.month() : date.year();
        return QStringLiteral("%1").arg(value, part == Part::Year ? 4 : 2, 10, QLatin1Char('0'));
    });
}

} // namespace paydesk::core
