#pragma once

#include <QtGlobal>
#include <QString>

#include <compare>
#include <optional>
#include <stdexcept>
#include <vector>

class QLocale;

namespace paydesk::core {

// Thrown when a sum or product leaves the range that storage can hold.
class MoneyOverflow : public std::overflow_error
{
public:
    using std::overflow_error::overflow_error;
};

class MoneyParseResult;

// An exact amount of money in cents. There is deliberately no conversion from or to
// floating point: amounts enter as text or integer cents and leave the same way.
//
// Invariant: |cents| <= maxCents (999,999,999,999.99), the range the BIGINT cents
// columns hold with headroom for sums. Every arithmetic operation is computed in a
// checked 128-bit integer and throws MoneyOverflow when the result leaves that range.
class Money
{
public:
    static constexpr qint64 maxCents = 99'999'999'999'999; // 999,999,999,999.99

    constexpr Money() = default;

    // Throws MoneyOverflow when |cents| > maxCents.
    static Money fromCents(qint64 cents);

    // Parses the invariant form ("1234.5", "1,234.50", "-20.00") in the C locale, or
    // the given locale's group and decimal separators. At most two decimals; no
    // exponent, sign repetition, NaN or empty text.
    static MoneyParseResult parse(const QString &text);
    static MoneyParseResult parse(const QString &text, const QLocale &locale);

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isPositive() const { return m_cents > 0; }

    // "1234.50" / "-14.50": the form used by CSV, JSON and storage-facing text.
    QString toString() const;
    // Grouped, with the locale's separators ("1,234.50"), no currency symbol.
    QString toString(const QLocale &locale) const;

    Money operator-() const;
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money &operator+=(Money other);
    Money &operator-=(Money other);
    Money operator*(qint64 factor) const;

    constexpr auto operator<=>(const Money &) const = default;

    static Money min(Money a, Money b) { return a < b ? a : b; }
    static Money max(Money a, Money b) { return a < b ? b : a; }

    // Splits into `parts` amounts that differ by at most one cent and sum exactly to
    // this amount; the larger parts come first (largest remainder: 100.00 / 3 ->
    // 33.34, 33.33, 33.33). Requires parts > 0.
    std::vector<Money> split(int parts) const;

private:
    explicit constexpr Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

// The outcome of Money::parse: a value, or a message that names the refused text.
class MoneyParseResult
{
public:
    static MoneyParseResult ok(Money value) { return MoneyParseResult(value, {}); }
    static MoneyParseResult failure(QString message) { return MoneyParseResult({}, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    Money value() const { return *m_value; }
    const QString &error() const { return m_error; }

private:
    MoneyParseResult(std::optional<Money> value, QString error)
        : m_value(value), m_error(std::move(error)) {}
    std::optional<Money> m_value;
    QString m_error;
};

} // namespace paydesk::core
