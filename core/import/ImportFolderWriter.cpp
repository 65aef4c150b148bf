#include "import/ImportFolderWriter.h"

#include "csv/CsvWriter.h"
#include "import/LedgerBatch.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QDir>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace paydesk::core {

namespace {

// Formats numbers and dates into a fixed buffer: a million rows then cost no allocations.
class Digits
{
public:
    QStringView number(qint64 value)
    {
        char16_t *end = m_buffer + std::size(m_buffer);
        char16_t *p = end;
        const bool negative = value < 0;
        quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
        do {
            *--p = char16_t(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude);
        if (negative)
            *--p = u'-';
        return QStringView(p, end);
    }

    QStringView date(const QDate &date)
    {
        if (!date.isValid() || date.year() < 1 || date.year() > 9999) {
            m_text = date.toString(Qt::ISODate);
            return m_text;
        }
        const auto put = [this](qsizetype at, int value, int digits) {
            for (int i = digits - 1; i >= 0; --i, value /= 10)
                m_buffer[at + i] = char16_t(u'0' + value % 10);
        };
        put(0, date.year(), 4);
        m_buffer[4] = u'-';
        put(5, date.month(), 2);
        m_buffer[7] = u'-';
        put(8, date.day(), 2);
        return QStringView(m_buffer, 10);
    }

private:
    char16_t m_buffer[24];
    QString m_text;
};

class File
{
public:
    File(const QDir &folder, const char16_t *name, std::initializer_list<const char16_t *> header)
        : m_writer(folder.filePath(QString::fromUtf16(name)))
    {
        for (const char16_t *column : header)
            m_writer.writeField(QStringView(column));
        m_writer.endRow();
    }

    File &field(QStringView text)
    {
        m_writer.writeField(text);
        return *this;
    }
    File &id(qint64 value) { return field(value ? m_digits.number(value) : QStringView()); }
    File &date(const QDate &value) { return field(m_digits.date(value)); }
    File &money(Money value) { return field(value.toString()); }
    void endRow() { m_writer.endRow(); }

    void finish()
    {
        if (!m_writer.finish())
            throw StorageError(m_writer.error());
    }

private:
    CsvWriter m_writer;
    Digits m_digits;
};

QString codeOf(const QHash<qint64, QString> &codes, qint64 id)
{
    return id ? codes.value(id) : QString();
}

} // namespace

struct ImportFolderWriter::Files
{
    explicit Files(const QDir &dir)
        : patients(dir, u"patients.csv", {u"patient_id", u"family_id", u"last_name", u"first_name", u"birth_date", u"guarantor"}),
          charges(dir, u"charges.csv", {u"charge_id", u"patient_id", u"date", u"code", u"description", u"provider", u"clinic", u"amount"}),
          adjustments(dir, u"adjustments.csv", {u"adjustment_id", u"patient_id", u"date", u"type", u"provider", u"clinic", u"amount", u"charge_id"}),
          payments(dir, u"payments.csv", {u"payment_id", u"patient_id", u"date", u"amount", u"method", u"reference"}),
          splits(dir, u"splits.csv", {u"payment_id", u"charge_id", u"amount", u"provider", u"clinic"})
    {
    }

    File patients, charges, adjustments, payments, splits;
};

ImportFolderWriter::ImportFolderWriter(const QString &folder)
{
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath()))
        throw StorageError(Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    m_files = std::make_unique<Files>(dir);
}

ImportFolderWriter::~ImportFolderWriter() = default;

void ImportFolderWriter::append(const LedgerBatch &batch)
{
    QHash<qint64, QString> providers;
    for (const CodedEntity &p : batch.providers)
        providers.insert(p.id, p.code);
    QHash<qint64, QString> clinics;
    for (const CodedEntity &c : batch.clinics)
        clinics.insert(c.id, c.code);

    File &patients = m_files->patients;
    for (const Patient &p : batch.patients) {
        patients.id(p.id).id(p.familyId).field(p.lastName).field(p.firstName).date(p.birthDate);
        patients.field(p.isGuarantor ? u"1" : u"0").endRow();
    }

    File &charges = m_files->charges;
    for (const Charge &c : batch.charges) {
        charges.id(c.id).id(c.patientId).date(c.date).field(c.code).field(c.description);
        charges.field(codeOf(providers, c.providerId)).field(codeOf(clinics, c.clinicId)).money(c.amount).endRow();
    }

    File &adjustments = m_files->adjustments;
    for (const Adjustment &a : batch.adjustments) {
        adjustments.id(a.id).id(a.patientId).date(a.date).field(a.type).field(codeOf(providers, a.providerId));
        adjustments.field(codeOf(clinics, a.clinicId)).money(a.amount).id(a.chargeId).endRow();
    }

    File &payments = m_files->payments;
    for (const Payment &p : batch.payments) {
        payments.id(p.id).id(p.patientId).date(p.date).money(p.amount).field(paymentMethodCode(p.method));
        payments.field(p.reference).endRow();
    }

    // The format has splits to charges only: money a batch gave to adjustments or unearned
    // income comes back as unallocated credit. A payment's rows to one charge are netted,
    // so reversed allocations leave no trace.
    std::vector<qsizetype> paymentOrder(size_t(batch.payments.size()));
    std::iota(paymentOrder.begin(), paymentOrder.end(), 0);
    std::sort(paymentOrder.begin(), paymentOrder.end(),
              [&](qsizetype a, qsizetype b) { return batch.payments.at(a).id < batch.payments.at(b).id; });
    std::vector<qsizetype> allocationOrder;
    allocationOrder.reserve(size_t(batch.allocations.size()));
    for (qsizetype i = 0; i < batch.allocations.size(); ++i) {
        if (batch.allocations.at(i).target.kind == AllocationTarget::Kind::Charge)
            allocationOrder.push_back(i);
    }
    std::stable_sort(allocationOrder.begin(), allocationOrder.end(), [&](qsizetype a, qsizetype b) {
        return batch.allocations.at(a).paymentId < batch.allocations.at(b).paymentId;
    });

    File &splits = m_files->splits;
    std::vector<std::pair<qsizetype, qint64>> perCharge; // first allocation row, net cents
    auto next = allocationOrder.cbegin();
    for (const qsizetype index : paymentOrder) {
        const Payment &p = batch.payments.at(index);
        while (next != allocationOrder.cend() && batch.allocations.at(*next).paymentId < p.id)
            ++next;
        perCharge.clear();
        for (; next != allocationOrder.cend() && batch.allocations.at(*next).paymentId == p.id; ++next) {
            const Allocation &a = batch.allocations.at(*next);
            const auto same = std::find_if(perCharge.begin(), perCharge.end(), [&](const auto &entry) {
                return batch.allocations.at(entry.first).target.id == a.target.id;
            });
            if (same == perCharge.end())
                perCharge.emplace_back(*next, a.amount.cents());
            else
                same->second += a.amount.cents();
        }
        Money remaining = p.amount;
        for (const auto &[first, cents] : perCharge) {
            if (cents == 0)
                continue;
            const Allocation &a = batch.allocations.at(first);
            const Money amount = Money::fromCents(cents);
            splits.id(p.id).id(a.target.id).money(amount).field(codeOf(providers, a.providerId));
            splits.field(codeOf(clinics, a.clinicId)).endRow();
            remaining -= amount;
        }
        if (!remaining.isZero() || p.providerId || p.clinicId) {
            splits.id(p.id).field({}).money(remaining).field(codeOf(providers, p.providerId));
            splits.field(codeOf(clinics, p.clinicId)).endRow();
        }
    }
}

void ImportFolderWriter::finish()
{
    m_files->patients.finish();
    m_files->charges.finish();
    m_files->adjustments.finish();
    m_files->payments.finish();
    m_files->splits.finish();
}

void ImportFolderWriter::write(const LedgerBatch &batch, const QString &folder)
{
    ImportFolderWriter writer(folder);
    writer.append(batch);
    writer.finish();
}

} // namespace paydesk::core
