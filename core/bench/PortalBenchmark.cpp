#include "bench/PortalBenchmark.h"

#include "bench/BenchMeasure.h"
#include "billing/LedgerDelta.h"
#include "import/DemoPractice.h"
#include "ledger/LedgerCalendar.h"
#include "portal/PortalFetch.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace paydesk::core {

using namespace BenchMeasure;

namespace {

struct Family
{
    qint64 id = 0;
    QString lastName;
    qint64 owesCents = 0;
};

struct PaidRecord
{
    qsizetype family = 0;
    qint64 cents = 0;
};

QList<Family> guarantors(const Database &db)
{
    const QHash<qint64, qint64> balances = LedgerDelta::currentBalances(db);
    QList<Family> families;
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT family_id, last_name FROM patients WHERE is_guarantor = 1 ORDER BY family_id"))
            .exec();
    while (q.next())
        families.append({q.id(0), q.text(1), balances.value(q.id(0))});
    return families;
}

QString amountText(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

// An IMDPA10 record of 27 fields, as InstaMed writes it.
QByteArray record(const QString &action,
                  qint64 cents,
                  qint64 number,
                  const QDateTime &time,
                  const QString &status,
                  const QString &lastName,
                  const QString &account)
{
    QStringList fields = {QStringLiteral("IMDPA10"),
                          QStringLiteral("MERCH01"),
                          QStringLiteral("STORE1"),
                          QStringLiteral("TERM1"),
                          QStringLiteral("CreditCard"),
                          action,
                          amountText(cents),
                          QStringLiteral("Visa"),
                          QStringLiteral("BT%1").arg(number, 9, 10, QLatin1Char('0')),
                          QStringLiteral("A%1").arg(number),
                          time.toString(QStringLiteral("yyyyMMddHHmmss")),
                          status,
                          lastName,
                          QStringLiteral("Pat"),
                          QString(),
                          account};
    while (fields.size() < 27)
        fields << QString();
    return fields.join(u'|').toUtf8() + '\n';
}

} // namespace

PortalBenchmark::PortalBenchmark(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

PortalBenchFolder PortalBenchmark::writeFolder(const Database &db,
                                               const QString &folder,
                                               const Options &options,
                                               QDate today)
{
    PortalBenchFolder written;
    const auto start = BenchMeasure::Clock::now();
    const QList<Family> families = guarantors(db);
    if (families.isEmpty() || options.files < 1)
        throw Refusal(Tr::tr("The portal benchmark needs families in the database and at least one file."));
    const qint64 noFamily = families.constLast().id + 1;
    QRandomGenerator random(options.seed);
    std::vector<PaidRecord> earlier; // payments of the files before, each refunded at most once
    std::vector<PaidRecord> current;
    qint64 next = 0;
    for (int file = 0; file < options.files; ++file) {
        const QDate day = today.addDays(file - options.files);
        const qint64 count = (qint64(options.transactions) * (file + 1)) / options.files
                             - (qint64(options.transactions) * file) / options.files;
        QByteArray content;
        content.reserve(count * 120);
        for (qint64 i = 0; i < count; ++i, ++next) {
            const qsizetype index = next % families.size();
            const Family &family = families.at(index);
            // Every tenth account number as some patients type it, with leading zeros.
            QString account = QString::number(family.id);
            if (next % 10 == 5)
                account = account.rightJustified(8, u'0');
            const QDateTime time(day, QTime(8, 0).addSecs(int(next % 36000)), Qt::UTC);
            const int roll = int(random.bounded(1000));
            qint64 cents = 500 + random.bounded(20000);
            if (family.owesCents > 0)
                cents = std::min(cents, family.owesCents);
            if (roll < 10) {
                content += record(
                        QStringLiteral("AuthCapt"), cents, next, time, QStringLiteral("D"), family.lastName, account);
                ++written.declined;
            } else if (roll < 15) {
                content += record(QStringLiteral("AuthCapt"),
                                  cents,
                                  next,
                                  time,
                                  QStringLiteral("A"),
                                  family.lastName,
                                  QString::number(noFamily + next));
                ++written.unmatched;
            } else if (roll < 20) {
                content += record(QStringLiteral("AuthCapt"),
                                  cents,
                                  next,
                                  time,
                                  QStringLiteral("A"),
                                  QStringLiteral("Nobodyknows"),
                                  account);
                ++written.unmatched;
            } else if (roll < 30 && !earlier.empty()) {
                const size_t pick = random.bounded(quint32(earlier.size()));
                const PaidRecord paid = earlier.at(pick);
                earlier[pick] = earlier.back();
                earlier.pop_back();
                const Family &payer = families.at(paid.family);
                content += record(QStringLiteral("Credit"),
                                  roll < 25 ? paid.cents : (paid.cents + 1) / 2,
                                  next,
                                  time,
                                  QStringLiteral("A"),
                                  payer.lastName,
                                  QString::number(payer.id));
                ++written.refunds;
            } else {
                content += record(QStringLiteral("AuthCapt"),
                                  cents,
                                  next,
                                  time,
                                  roll % 3 == 0 ? QStringLiteral("S") : QStringLiteral("A"),
                                  family.lastName,
                                  account);
                current.push_back({index, cents});
                ++written.payments;
            }
        }
        earlier.insert(earlier.end(), current.begin(), current.end());
        current.clear();
        QFile out(QDir(folder).filePath(QStringLiteral("eod_%1.txt").arg(day.toString(QStringLiteral("yyyyMMdd")))));
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            throw Refusal(Tr::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
        ++written.files;
        written.transactions += count;
    }
    written.writeNs = elapsedNs(start);
    return written;
}

PortalBenchFigures PortalBenchmark::run(const Options &options, const Report &report) const
{
    PortalBenchFigures figures;
    figures.families = options.families;
    const QDate today = LedgerCalendar(m_db).today();
    report(QStringLiteral("Portal benchmark on %1 (%2), %3 families, %4 transactions in %5 EOD files, seed %6")
                   .arg(m_db.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                        m_db.spec().displayName(),
                        grouped(options.families),
                        grouped(options.transactions),
                        grouped(options.files))
                   .arg(options.seed));
    // The practice's history ends the day before the first file.
    auto start = BenchMeasure::Clock::now();
    DemoPractice::add(m_db, m_user, options.families, options.seed, today.addDays(-options.files - 1));
    figures.generateNs = elapsedNs(start);

    QTemporaryDir scratch;
    const QString folder = options.folder.isEmpty() ? scratch.path() : options.folder;
    if (!QDir().mkpath(folder))
        throw Refusal(Tr::tr("Cannot create the folder %1.").arg(folder));
    figures.folder = writeFolder(m_db, folder, options, today);
    report(QStringLiteral("practice generated in %1; %2 files written in %3 to %4: %5 payments, %6 refunds, %7 "
                          "declined, %8 that match no family (setup, not timed)")
                   .arg(seconds(figures.generateNs),
                        grouped(figures.folder.files),
                        seconds(figures.folder.writeNs),
                        QDir::toNativeSeparators(folder),
                        grouped(figures.folder.payments),
                        grouped(figures.folder.refunds),
                        grouped(figures.folder.declined),
                        grouped(figures.folder.unmatched)));

    resetPeakResident();
    portal::PortalFetch fetch(m_db, m_user);
    start = BenchMeasure::Clock::now();
    qint64 cpu = processCpuNs();
    figures.fetched = fetch.run(folder);
    figures.fetchNs = elapsedNs(start);
    figures.fetchCpuNs = processCpuNs() - cpu;
    report(QStringLiteral("fetch: %1 (goal on SQLite: under 10.00 s), %2 per transaction, %3 CPU of this process; %4")
                   .arg(seconds(figures.fetchNs),
                        micros(figures.fetchNs / std::max<qint64>(1, figures.folder.transactions)),
                        seconds(figures.fetchCpuNs),
                        figures.fetched.line()));

    start = BenchMeasure::Clock::now();
    cpu = processCpuNs();
    figures.again = fetch.run(folder);
    figures.againNs = elapsedNs(start);
    figures.againCpuNs = processCpuNs() - cpu;
    figures.peakKb = peakResidentKb();
    report(QStringLiteral("the same folder again: %1 (goal: under 1.00 s), %2 CPU; %3")
                   .arg(seconds(figures.againNs), seconds(figures.againCpuNs), figures.again.line()));
    report(QStringLiteral("peak memory over the fetches: %1 resident").arg(megabytes(figures.peakKb)));
    return figures;
}

} // namespace paydesk::core
