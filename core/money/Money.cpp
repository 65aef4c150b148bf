#include "money/Money.h"

#include "util/Tr.h"

#include <QLocale>

#include <algorithm>

#include <boost/multiprecision/cpp_int.hpp>

namespace paydesk::core {

namespace {

using Wide = boost::multiprecision::checked_int128_t;

Money checkedFromWide(const Wide &value)
{
    if (value > Money::maxCents || value < -Money::maxCents)
        throw MoneyOverflow("amount out of range");
    return Money::fromCents(value.convert_to<qint64>());
}

// The separators a text is read with, and the forms the messages show: the invariant ones
// for the CLI and CSV files, the locale's in the desk, so a message never asks for a form
// that the same field refuses.
struct Format
{
    QChar group;
    QChar decimal;
    QString example; // "1234.50", "1234,50"
    QString maximum; // "999,999,999,999.99", "999.999.999.999,99"
};

const Format invariantFormat{u',', u'.', QStringLiteral("1234.50"), QStringLiteral("999,999,999,999.99")};

QString rangeMessage(const QString &text, const Format &format)
{
    return Tr::tr("\"%1\" is out of range: amounts go up to %2.").arg(text, format.maximum);
}

// Digits with optional group separators in the right places: "1234", "1,234", "12,345,678".
bool validIntegerPart(QStringView digits, QChar group)
{
    if (digits.isEmpty())
        return false;
    const qsizetype firstGroup = digits.indexOf(group);
    if (firstGroup < 0)
        return std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    if (firstGroup == 0 || firstGroup > 3)
        return false;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const bool atSeparator = i >= firstGroup && (i - firstGroup) % 4 == 0;
        const QChar c = digits[i];
        if (atSeparator ? c != group : !(c.isDigit() && c.unicode() < 128))
            return false;
    }
    return (digits.size() - firstGroup) % 4 == 0;
}

MoneyParseResult parseWith(const QString &text, const Format &format)
{
    const QChar group = format.group;
    const QChar decimal = format.decimal;
    QStringView rest = QStringView(text).trimmed();
    if (rest.isEmpty())
        return MoneyParseResult::failure(Tr::tr("The amount is empty; write it like %1.").arg(format.example));
    const auto notAnAmount = [&] {
        return MoneyParseResult::failure(Tr::tr("\"%1\" is not an amount; write it like %2.").arg(text, format.example));
    };

    bool negative = false;
    if (rest.front() == u'-' || rest.front() == u'+') {
        negative = rest.front() == u'-';
        rest = rest.mid(1);
    }
    QStringView integerPart = rest;
    QStringView fraction;
    if (const qsizetype point = rest.indexOf(decimal); point >= 0) {
        integerPart = rest.left(point);
        fraction = rest.mid(point + 1);
        if (fraction.isEmpty() || !std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
            return notAnAmount();
        if (fraction.size() > 2)
            return MoneyParseResult::failure(Tr::tr("\"%1\" has more than two decimals.").arg(text));
    }
    if (integerPart.isEmpty() && !fraction.isEmpty())
        integerPart = u"0";
    if (!validIntegerPart(integerPart, group))
        return notAnAmount();

    // Accumulate in a checked wide integer so that any length of digits is refused, never wrapped.
    Wide cents = 0;
    try {
        for (QChar c : integerPart) {
            if (c != group)
                cents = cents * 10 + (c.unicode() - u'0');
            if (cents > Money::maxCents)
                return MoneyParseResult::failure(rangeMessage(text, format));
        }
        cents *= 100;
        if (!fraction.isEmpty())
            cents += (fraction[0].unicode() - u'0') * 10 + (fraction.size() > 1 ? fraction[1].unicode() - u'0' : 0);
        return MoneyParseResult::ok(checkedFromWide(negative ? Wide(-cents) : cents));
    } catch (const std::exception &) {
        return MoneyParseResult::failure(rangeMessage(text, format));
    }
}

} // namespace

Money Money::fromCents(qint64 cents)
{
    if (cents > maxCents || cents < -maxCents)
        throw MoneyOverflow("amount out of range");
    return Money(cents);
}

MoneyParseResult Money::parse(const QString &text)
{
    return parseWith(text, invariantFormat);
}

MoneyParseResult Money::parse(const QString &text, const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    if (group.size() != 1 || decimal.size() != 1)
        return parse(text);
    const Format format{group.front(),
                        decimal.front(),
                        QStringLiteral("1234") + decimal + QStringLiteral("50"),
                        Money::fromCents(maxCents).toString(locale)};
    // Grouping in locales such as fr_FR uses a no-break space; clerks type a plain one.
    QString normalized = text;
    if (group.front().isSpace())
        normalized.replace(u' ', group.front());
    MoneyParseResult result = parseWith(normalized, format);
    // "25.50" in Spain reads neither as 25,50 nor as a grouped 2550: it is refused, and the
    // message says which separator the locale takes instead of calling it no amount at all.
    if (!result && format.decimal != invariantFormat.decimal && parseWith(normalized, invariantFormat))
        return MoneyParseResult::failure(
                Tr::tr("\"%1\" is not an amount here: the decimal separator is \"%2\"; write it like %3.")
                        .arg(text, decimal, format.example));
    return result;
}

QString Money::toString() const
{
    const quint64 magnitude = m_cents < 0 ? quint64(-m_cents) : quint64(m_cents);
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(qulonglong(magnitude % 100), 2, 10, QChar(u'0'));
}

QString Money::toString(const QLocale &locale) const
{
    const quint64 magnitude = m_cents < 0 ? quint64(-m_cents) : quint64(m_cents);
    QString text = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint()
        + QStringLiteral("%1").arg(qulonglong(magnitude % 100), 2, 10, QChar(u'0'));
    return m_cents < 0 ? locale.negativeSign() + text : text;
}

Money Money::operator-() const
{
    return Money(-m_cents); // the range is symmetric, so negation cannot overflow
}

// Both amounts are within ±maxCents, so their sum or difference cannot leave qint64 and
// only the range needs checking: sums run over every row of a practice.
Money Money::operator+(Money other) const
{
    return fromCents(m_cents + other.m_cents);
}

Money Money::operator-(Money other) const
{
    return fromCents(m_cents - other.m_cents);
}

Money &Money::operator+=(Money other)
{
    return *this = *this + other;
}

Money &Money::operator-=(Money other)
{
    return *this = *this - other;
}

Money Money::operator*(qint64 factor) const
{
    return checkedFromWide(Wide(m_cents) * factor);
}

std::vector<Money> Money::split(int parts) const
{
    Q_ASSERT(parts > 0);
    const qint64 base = m_cents / parts;
    const qint64 remainder = m_cents % parts; // same sign as m_cents
    std::vector<Money> result(size_t(parts), Money{base});
    const qint64 step = remainder < 0 ? -1 : 1;
    for (qint64 i = 0; i < (remainder < 0 ? -remainder : remainder); ++i)
        result[size_t(i)].m_cents += step;
    return result;
}

} // namespace paydesk::core
