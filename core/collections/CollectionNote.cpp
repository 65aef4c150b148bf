#include "collections/CollectionNote.h"

#include "util/Tr.h"

#include <QLocale>
#include <QRegularExpression>

namespace paydesk::core {

namespace {

// The stored forms, each with the captures shown() needs: one definition for writing and reading.
const QString delinquentForm = QStringLiteral("Delinquent: %1 older than %2 days");
const QString daysForm = QStringLiteral("%1 days in status");
const QString failedForm = QStringLiteral("Payment plan failed: paid %1 of %2 due by %3");
const QString balanceForm = QStringLiteral("Balance %1");
const QString paidOffForm = QStringLiteral("Paid off by payment #%1");

const QString amount = QStringLiteral("(-?\\d+\\.\\d\\d)");
const QString number = QStringLiteral("(\\d+)");
const QString isoDate = QStringLiteral("(\\d{4}-\\d\\d-\\d\\d)");

QRegularExpressionMatch match(const QString &form, const QStringList &captures, const QString &text)
{
    QString pattern = QRegularExpression::escape(form);
    for (int i = 0; i < captures.size(); ++i)
        pattern.replace(QRegularExpression::escape(QStringLiteral("%%1").arg(i + 1)), captures.at(i));
    return QRegularExpression(u'^' + pattern + u'$').match(text);
}

QString money(const QString &text)
{
    const MoneyParseResult parsed = Money::parse(text);
    return parsed ? parsed.value().toString(QLocale()) : text;
}

QString date(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : text;
}

} // namespace

QString CollectionNote::delinquent(Money older, int delinquentDays)
{
    return delinquentForm.arg(older.toString()).arg(delinquentDays);
}

QString CollectionNote::daysInStatus(int days)
{
    return daysForm.arg(days);
}

QString CollectionNote::planFailed(Money paid, Money amount, QDate due)
{
    return failedForm.arg(paid.toString(), amount.toString(), due.toString(Qt::ISODate));
}

QString CollectionNote::balance(Money balance)
{
    return balanceForm.arg(balance.toString());
}

QString CollectionNote::paidOff(qint64 paymentId)
{
    return paidOffForm.arg(paymentId);
}

QString CollectionNote::shown(const QString &stored)
{
    if (const auto m = match(delinquentForm, {amount, number}, stored); m.hasMatch())
        return Tr::tr("Delinquent: %1 older than %2 days").arg(money(m.captured(1)), m.captured(2));
    if (const auto m = match(daysForm, {number}, stored); m.hasMatch())
        return Tr::tr("%1 days in status").arg(m.captured(1));
    if (const auto m = match(failedForm, {amount, amount, isoDate}, stored); m.hasMatch())
        return Tr::tr("Payment plan failed: paid %1 of %2 due by %3")
                .arg(money(m.captured(1)), money(m.captured(2)), date(m.captured(3)));
    if (const auto m = match(balanceForm, {amount}, stored); m.hasMatch())
        return Tr::tr("Balance %1").arg(money(m.captured(1)));
    if (const auto m = match(paidOffForm, {number}, stored); m.hasMatch())
        return Tr::tr("Paid off by payment #%1").arg(m.captured(1));
    return stored;
}

} // namespace paydesk::core
