#include "import/DemoPractice.h"

#include "import/BatchWriter.h"
#include "ledger/AutoAllocator.h"
#include "ledger/Directory.h"
#include "ledger/ProcedureCodes.h"

#include <QHash>

#include <algorithm>
#include <random>

namespace paydesk::core {

namespace {

const char *const lastNames[] = {
    "Garcia", "Smith",  "Johnson",  "Williams", "Brown",   "Jones",    "Miller",   "Davis",  "Rodriguez", "Martinez",
    "Lopez",  "Wilson", "Anderson", "Thomas",   "Taylor",  "Moore",    "Jackson",  "Martin", "Lee",       "Perez",
    "White",  "Harris", "Sanchez",  "Clark",    "Ramirez", "Lewis",    "Robinson", "Walker", "Young",     "Allen",
    "King",   "Wright", "Nguyen",   "Hill",     "Flores",  "Green",    "Adams",    "Baker",  "Rivera",    "Campbell",
    "Carter", "Kim",    "Patel",    "Okafor",   "Kowalski", "O'Brien", "Dubois",   "Haddad",
};
const char *const adultFirstNames[] = {
    "James", "Mary",  "Robert", "Patricia", "John",    "Jennifer", "Michael", "Linda",  "David",  "Elizabeth",
    "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Carlos", "Sarah", "Daniel", "Karen",
    "Luis",  "Maria", "Wei",    "Ana",      "Omar",    "Fatima",   "Thomas",  "Nancy",  "Kevin",  "Grace",
};
const char *const childFirstNames[] = {
    "Liam", "Olivia", "Noah",  "Emma",  "Oliver", "Ava",    "Elijah", "Sophia", "Mateo", "Isabella",
    "Lucas", "Mia",   "Levi",  "Amelia", "Ethan", "Harper", "Aiden",  "Evelyn", "Leo",   "Luna",
    "Sofia", "Diego", "Zoe",   "Yusuf",  "Chloe", "Jack",   "Nora",   "Henry",
};

const char *const streetNames[] = {
    "Oak Street",    "Maple Avenue", "Cedar Lane",   "Elm Street",    "Pine Road",      "Washington Avenue",
    "Lake Drive",    "Hill Street",  "Park Avenue",  "Main Street",   "Sunset Boulevard", "River Road",
    "Church Street", "Mill Lane",    "Walnut Court", "Spring Street", "Highland Avenue", "Forest Drive",
};
// City, state and the first three digits of its ZIP codes.
const char *const cities[][3] = {
    {"Springfield", "IL", "627"}, {"Madison", "WI", "537"},   {"Columbus", "OH", "432"}, {"Austin", "TX", "787"},
    {"Burlington", "VT", "054"},  {"Boise", "ID", "837"},     {"Raleigh", "NC", "276"},  {"Tucson", "AZ", "857"},
    {"Salem", "OR", "973"},       {"Lexington", "KY", "405"}, {"Albany", "NY", "122"},   {"Fresno", "CA", "937"},
};

struct Procedure
{
    const char *code;
    const char *description;
    qint64 feeCents;
    bool medical;
    int weight; // how often a practice bills it, relative to the others
};

// A small dental (CDT) and medical (CPT) fee schedule; cheap, routine procedures dominate.
const Procedure procedures[] = {
    {"D0120", "Periodic oral evaluation", 6500, false, 14},
    {"D0150", "Comprehensive oral evaluation", 9500, false, 4},
    {"D0210", "Intraoral complete series of radiographs", 15000, false, 3},
    {"D0274", "Bitewings - four radiographic images", 8500, false, 8},
    {"D1110", "Prophylaxis - adult", 11000, false, 12},
    {"D1120", "Prophylaxis - child", 7500, false, 6},
    {"D1206", "Topical application of fluoride varnish", 4500, false, 6},
    {"D1351", "Sealant - per tooth", 5500, false, 3},
    {"D2140", "Amalgam - one surface, primary or permanent", 14000, false, 3},
    {"D2391", "Resin-based composite - one surface, posterior", 18500, false, 5},
    {"D2740", "Crown - porcelain/ceramic", 125000, false, 1},
    {"D3330", "Endodontic therapy, molar", 115000, false, 1},
    {"D4341", "Periodontal scaling and root planing, per quadrant", 24000, false, 2},
    {"D7140", "Extraction, erupted tooth or exposed root", 19500, false, 2},
    {"99203", "Office visit, new patient, low complexity", 16500, true, 2},
    {"99213", "Office visit, established patient, low complexity", 12500, true, 9},
    {"99214", "Office visit, established patient, moderate complexity", 18500, true, 5},
    {"99395", "Preventive visit, established patient, 18-39 years", 22000, true, 2},
    {"90715", "Tdap vaccine, 7 years or older", 5500, true, 2},
    {"90471", "Immunization administration", 2800, true, 2},
    {"85025", "Complete blood count with differential", 3500, true, 3},
    {"81002", "Urinalysis, non-automated, without microscopy", 2000, true, 2},
    {"87880", "Rapid strep test", 3000, true, 2},
    {"93000", "Electrocardiogram with interpretation", 6500, true, 1},
};

struct NamedCode
{
    const char *code;
    const char *name;
};

// Dentists first, then the physician: a medical procedure always goes to the last one.
const NamedCode providerNames[] = {{"DDS1", "Dr. Ana Ortiz"}, {"DDS2", "Dr. Ben Carter"}, {"MD1", "Dr. Chloe Nguyen"}};
const NamedCode clinicNames[] = {{"MAIN", "Main Street Clinic"}, {"NORTH", "Northside Clinic"}};

// Method, weight.
const std::pair<PaymentMethod, int> methodWeights[] = {
    {PaymentMethod::Card, 40}, {PaymentMethod::Cash, 20}, {PaymentMethod::Check, 15},
    {PaymentMethod::Portal, 20}, {PaymentMethod::Other, 5},
};

template<typename T, size_t N>
QList<QString> stringsOf(const T (&items)[N])
{
    QList<QString> list;
    list.reserve(qsizetype(N));
    for (const T &item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// Reuses the provider or clinic with that code, or gives it the next new id.
QList<CodedEntity> codedEntities(const QList<CodedEntity> &existing, const NamedCode *names, size_t count,
                                 qint64 firstNewId)
{
    QList<CodedEntity> result;
    for (size_t i = 0; i < count; ++i) {
        const QString code = QString::fromLatin1(names[i].code);
        const auto found = std::find_if(existing.begin(), existing.end(), [&](const CodedEntity &e) { return e.code == code; });
        result.append(found != existing.end() ? *found : CodedEntity{firstNewId++, code, QString::fromUtf8(names[i].name)});
    }
    return result;
}

class Generator
{
public:
    Generator(quint32 seed, const QDate &today) : m_random(seed), m_today(today)
    {
        for (const Procedure &p : procedures) {
            m_procedureCodes.append(QString::fromLatin1(p.code));
            m_procedureDescriptions.append(QString::fromUtf8(p.description));
            for (int i = 0; i < p.weight; ++i)
                m_procedureTable.append(int(&p - procedures));
        }
        for (const auto &[method, weight] : methodWeights) {
            for (int i = 0; i < weight; ++i)
                m_methodTable.append(method);
        }
    }

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool percent(int chance) { return between(0, 99) < chance; }
    template<typename List>
    const auto &pick(const List &list) { return list.at(between(0, int(list.size()) - 1)); }

    QDate birthDate(int minAge, int maxAge) { return m_today.addDays(-(qint64(between(minAge, maxAge)) * 365 + between(0, 364))); }
    int procedure() { return pick(m_procedureTable); }
    PaymentMethod method() { return pick(m_methodTable); }

    const QDate &today() const { return m_today; }
    const QList<QString> &procedureCodes() const { return m_procedureCodes; }
    const QList<QString> &procedureDescriptions() const { return m_procedureDescriptions; }

private:
    std::mt19937 m_random;
    QDate m_today;
    QList<QString> m_procedureCodes;
    QList<QString> m_procedureDescriptions;
    QList<int> m_procedureTable;
    QList<PaymentMethod> m_methodTable;
};

// How a family's history ends.
enum class Ending { Settled, Credit, Unallocated };

struct PaymentEvent
{
    enum class Kind {
        Copay,       // at the visit, on its charge
        Statement,   // what was owed for the visits up to `charge`, FIFO
        Credit,      // all that is owed and more
        Unallocated, // part of what is owed, not allocated
    };
    QDate date;
    Kind kind;
    qsizetype charge; // index in the family's charges
};

QString referenceFor(Generator &random, PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Check: return QStringLiteral("CHK %1").arg(random.between(1001, 9999));
    case PaymentMethod::Card: return QStringLiteral("CARD *%1").arg(random.between(0, 9999), 4, 10, QChar(u'0'));
    case PaymentMethod::Portal: return QStringLiteral("PORTAL-%1").arg(random.between(100000, 999999));
    case PaymentMethod::Cash:
    case PaymentMethod::Other:
    case PaymentMethod::Transfer: break;
    }
    return {};
}

} // namespace

// What stays from one batch of families to the next: the random stream, the practice's
// providers and clinics, and the next ids.
struct DemoPractice::State
{
    State(const Database &db, quint32 seed, const QDate &day)
        : random(seed, day), addressRandom(seed ^ 0x5eedadd5u), today(day)
    {
        const Directory directory(db);
        providers = codedEntities(directory.providers(), providerNames, std::size(providerNames),
                                  BatchWriter::firstFreeId(db, QStringLiteral("providers")));
        clinics = codedEntities(directory.clinics(), clinicNames, std::size(clinicNames),
                                BatchWriter::firstFreeId(db, QStringLiteral("clinics")));
    }

    // A family's mailing address: "1234 Oak Street" over "Springfield, IL 62704". A stream
    // of its own, so that the ledgers are those the demo made before it had addresses.
    QString mailingAddress()
    {
        const auto between = [this](int low, int high) {
            return std::uniform_int_distribution<int>(low, high)(addressRandom);
        };
        const char *const *city = cities[between(0, int(std::size(cities)) - 1)];
        return QStringLiteral("%1 %2\n%3, %4 %5%6")
                .arg(between(1, 9899))
                .arg(QString::fromLatin1(streetNames[between(0, int(std::size(streetNames)) - 1)]),
                     QString::fromLatin1(city[0]),
                     QString::fromLatin1(city[1]),
                     QString::fromLatin1(city[2]))
                .arg(between(1, 99), 2, 10, QChar(u'0'));
    }

    Generator random;
    std::mt19937 addressRandom;
    QDate today;
    const QList<QString> lasts = stringsOf(lastNames);
    const QList<QString> adults = stringsOf(adultFirstNames);
    const QList<QString> children = stringsOf(childFirstNames);
    const QString discount = QStringLiteral("discount");
    const QString writeOff = QStringLiteral("write-off");
    QList<CodedEntity> providers;
    QList<CodedEntity> clinics;
    qint64 nextFamily = 0;
    qint64 nextPatient = 0;
    qint64 nextCharge = 0;
    qint64 nextAdjustment = 0;
    qint64 nextPayment = 0;
    qint64 nextAllocation = 0;
};

DemoPractice::DemoPractice(const Database &db, quint32 seed, const QDate &today)
    : m_state(std::make_unique<State>(db, seed, today))
{
    State &s = *m_state;
    s.nextFamily = BatchWriter::firstFreeId(db, QStringLiteral("families"));
    s.nextPatient = BatchWriter::firstFreeId(db, QStringLiteral("patients"));
    s.nextCharge = BatchWriter::firstFreeId(db, QStringLiteral("charges"));
    s.nextAdjustment = BatchWriter::firstFreeId(db, QStringLiteral("adjustments"));
    s.nextPayment = BatchWriter::firstFreeId(db, QStringLiteral("payments"));
    s.nextAllocation = BatchWriter::firstFreeId(db, QStringLiteral("allocations"));
}

DemoPractice::~DemoPractice() = default;

LedgerBatch DemoPractice::generate(const Database &db, int families, quint32 seed, const QDate &today)
{
    return DemoPractice(db, seed, today).next(families);
}

DemoPractice::Added DemoPractice::add(const Database &db, const QString &user, int families, quint32 seed,
                                      const QDate &today)
{
    // How a batch is written depends on how many rows it adds (see LedgerCounts),
    // known only once it is made: the practice's own averages per family stand in for the
    // counts (a hundred thousand families: 2.65 patients, 10.0 charges, 0.6 adjustments,
    // 11.7 payments and 14.8 allocations each).
    DemoPractice practice(db, seed, today);
    const qint64 n = std::max(families, 0);
    BatchWriter writer(db, user,
                       {.families = n,
                        .patients = n * 265 / 100,
                        .charges = n * 10,
                        .adjustments = n * 6 / 10,
                        .payments = n * 117 / 10,
                        .allocations = n * 148 / 10});
    // The fee schedule the charges come from, so that the desk completes its codes; a
    // practice's own codes and fees are kept.
    const ProcedureCodes codes(db);
    for (const Procedure &procedure : procedures) {
        const QString code = QString::fromLatin1(procedure.code);
        if (!codes.find(code))
            codes.store(user, {code, QString::fromLatin1(procedure.description), Money::fromCents(procedure.feeCents)});
    }
    Added added;
    constexpr int familiesPerSlice = 1000;
    int done = 0;
    do {
        const int size = std::clamp(families - done, 0, familiesPerSlice);
        const LedgerBatch slice = practice.next(size);
        for (const qint64 family : slice.families)
            writer.addFamily(family, slice.mailingAddresses.value(family));
        if (done == 0) {
            // Every slice lists the same providers and clinics; the first, even of no
            // families, adds them.
            writer.addProviders(slice.providers);
            writer.addClinics(slice.clinics);
            added.providers = slice.providers.size();
            added.clinics = slice.clinics.size();
        }
        for (const Patient &p : slice.patients)
            writer.addPatient(p);
        for (const Charge &c : slice.charges)
            writer.addCharge(c);
        for (const Adjustment &a : slice.adjustments)
            writer.addAdjustment(a);
        for (const Payment &p : slice.payments)
            writer.addPayment(p);
        for (const Allocation &a : slice.allocations)
            writer.addAllocation(a);
        added.families += slice.families.size();
        added.patients += slice.patients.size();
        added.charges += slice.charges.size();
        added.adjustments += slice.adjustments.size();
        added.payments += slice.payments.size();
        added.allocations += slice.allocations.size();
        done += size;
    } while (done < families);
    writer.commit(QStringLiteral("demo"));
    return added;
}

LedgerBatch DemoPractice::next(int families)
{
    State &s = *m_state;
    Generator &random = s.random;
    const QDate &today = s.today;
    const QList<QString> &lasts = s.lasts;
    const QList<QString> &adults = s.adults;
    const QList<QString> &children = s.children;
    const QString &discount = s.discount;
    const QString &writeOff = s.writeOff;
    qint64 &nextFamily = s.nextFamily;
    qint64 &nextPatient = s.nextPatient;
    qint64 &nextCharge = s.nextCharge;
    qint64 &nextAdjustment = s.nextAdjustment;
    qint64 &nextPayment = s.nextPayment;
    qint64 &nextAllocation = s.nextAllocation;

    LedgerBatch batch;
    batch.providers = s.providers;
    batch.clinics = s.clinics;
    const qint64 physician = batch.providers.constLast().id;
    const int dentists = int(batch.providers.size()) - 1;

    const qsizetype n = std::max(families, 0);
    batch.families.reserve(n);
    batch.patients.reserve(n * 3);
    batch.charges.reserve(n * 11);
    batch.adjustments.reserve(n);
    batch.payments.reserve(n * 11);
    batch.allocations.reserve(n * 12);

    const QList<int> familySizes{1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5};
    QList<Charge> charges;
    QList<qint64> balances; // cents owed on each of the family's charges
    QList<PaymentEvent> events;
    QList<OpenItem> open;
    for (int f = 0; f < families; ++f) {
        const qint64 familyId = nextFamily++;
        batch.families.append(familyId);
        batch.mailingAddresses.insert(familyId, s.mailingAddress());
        const qsizetype firstMember = batch.patients.size();
        const int size = random.pick(familySizes);
        const QString &familyName = random.pick(lasts);
        for (int m = 0; m < size; ++m) {
            Patient p;
            p.id = nextPatient++;
            p.familyId = familyId;
            p.isGuarantor = m == 0;
            const bool adult = m < 2;
            p.lastName = m == 1 && random.percent(15) ? random.pick(lasts) : familyName;
            p.firstName = adult ? random.pick(adults) : random.pick(children);
            p.birthDate = adult ? random.birthDate(25, 74) : random.birthDate(0, 17);
            batch.patients.append(p);
        }
        const auto member = [&] { return batch.patients.at(firstMember + random.between(0, size - 1)).id; };
        const qint64 homeDentist = batch.providers.at(random.between(0, dentists - 1)).id;
        const qint64 homeClinic = random.pick(batch.clinics).id;

        charges.clear();
        const int chargeCount = random.between(6, 14);
        for (int i = 0; i < chargeCount; ++i) {
            const int procedure = random.procedure();
            Charge c;
            c.patientId = member();
            c.date = today.addDays(-random.between(0, 729));
            c.code = random.procedureCodes().at(procedure);
            c.description = random.procedureDescriptions().at(procedure);
            c.amount = Money::fromCents(procedures[procedure].feeCents);
            c.providerId = procedures[procedure].medical ? physician
                           : random.percent(80)          ? homeDentist
                                                         : batch.providers.at(random.between(0, dentists - 1)).id;
            c.clinicId = random.percent(90) ? homeClinic : random.pick(batch.clinics).id;
            charges.append(c);
        }
        // Ids follow the calendar, as they would in the system the history came from.
        std::sort(charges.begin(), charges.end(), [](const Charge &a, const Charge &b) { return a.date < b.date; });
        balances.resize(charges.size());
        for (qsizetype i = 0; i < charges.size(); ++i) {
            Charge &c = charges[i];
            c.id = nextCharge++;
            balances[i] = c.amount.cents();
            batch.charges.append(c);
            if (!random.percent(6))
                continue;
            // Discounts and write-offs are percentages of the fee, in whole cents, and never
            // exceed it: the charge cannot go below zero.
            const bool isDiscount = random.percent(60);
            const qint64 off = c.amount.cents() * (isDiscount ? 10 : random.between(20, 100)) / 100;
            Adjustment a;
            a.id = nextAdjustment++;
            a.patientId = c.patientId;
            a.providerId = c.providerId;
            a.clinicId = c.clinicId;
            a.date = std::min(today, c.date.addDays(random.between(0, 30)));
            a.type = isDiscount ? discount : writeOff;
            a.amount = Money::fromCents(-off);
            a.chargeId = c.id;
            balances[i] -= off;
            batch.adjustments.append(a);
        }

        // What the family paid, in date order: a copay at most visits, and a month or two
        // after some visits the statement for everything billed up to then (now and then
        // only part of it). So most families are at zero or owe for their latest visits.
        // A few end with money for the desk: credit beyond what they owe (kept unallocated
        // or as a prepayment), or a payment not yet allocated while charges are open.
        const int profileRoll = random.between(0, 99);
        const Ending ending = profileRoll < 10   ? Ending::Credit
                              : profileRoll < 15 ? Ending::Unallocated
                                                 : Ending::Settled;
        events.clear();
        for (qsizetype i = 0; i < charges.size(); ++i) {
            const QDate visit = charges.at(i).date;
            const bool lastVisit = i == charges.size() - 1;
            if (random.percent(55) && !(lastVisit && ending == Ending::Unallocated))
                events.append({visit, PaymentEvent::Kind::Copay, i});
            const QDate statement = visit.addDays(random.between(30, 60));
            if (random.percent(70) && statement <= today)
                events.append({statement, PaymentEvent::Kind::Statement, i});
        }
        if (ending != Ending::Settled) {
            // Before the last visit's statement, so that visit is still open.
            const QDate lastVisit = charges.constLast().date;
            const int days = int(std::min<qint64>(29, lastVisit.daysTo(today)));
            events.append({lastVisit.addDays(random.between(0, days)),
                           ending == Ending::Credit ? PaymentEvent::Kind::Credit : PaymentEvent::Kind::Unallocated,
                           charges.size() - 1});
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const PaymentEvent &a, const PaymentEvent &b) { return a.date < b.date; });

        // Cents owed on the charges billed up to `date`.
        const auto dueBy = [&](const QDate &date) {
            qint64 due = 0;
            for (qsizetype i = 0; i < charges.size() && charges.at(i).date <= date; ++i)
                due += balances.at(i);
            return due;
        };
        const auto payer = [&] { return random.percent(80) ? batch.patients.at(firstMember).id : member(); };
        const auto pay = [&](qint64 patientId, const QDate &date, qint64 cents) -> Payment & {
            Payment p;
            p.id = nextPayment++;
            p.patientId = patientId;
            p.date = date;
            p.amount = Money::fromCents(cents);
            p.method = random.method();
            p.reference = referenceFor(random, p.method);
            batch.payments.append(p);
            return batch.payments.last();
        };
        // FIFO over what had been billed by the payment's date, as the desk would.
        const auto allocate = [&](const Payment &p, qint64 cents) {
            open.clear();
            for (qsizetype i = 0; i < charges.size() && charges.at(i).date <= p.date; ++i) {
                if (balances.at(i) > 0)
                    open.append({AllocationTarget::charge(qint64(i)), charges.at(i).patientId, charges.at(i).date,
                                 Money::fromCents(balances.at(i))});
            }
            for (const Split &split : AutoAllocator::plan(Money::fromCents(cents), open)) {
                const Charge &c = charges.at(split.target.id);
                balances[split.target.id] -= split.amount.cents();
                batch.allocations.append({nextAllocation++, p.id, AllocationTarget::charge(c.id), split.amount,
                                          c.patientId, c.providerId, c.clinicId, AllocationRule::Auto, 0});
            }
        };
        for (const PaymentEvent &event : events) {
            const Charge &visit = charges.at(event.charge);
            if (event.kind == PaymentEvent::Kind::Copay) {
                // Copays of 15.00 to 50.00, never more than the visit's fee after adjustments.
                const qint64 copay = std::min(balances.at(event.charge), qint64(random.between(3, 10)) * 500);
                if (copay <= 0)
                    continue;
                const Payment &p = pay(visit.patientId, event.date, copay);
                balances[event.charge] -= copay;
                batch.allocations.append({nextAllocation++, p.id, AllocationTarget::charge(visit.id), p.amount,
                                          visit.patientId, visit.providerId, visit.clinicId, AllocationRule::Manual,
                                          0});
            } else if (event.kind == PaymentEvent::Kind::Statement) {
                const qint64 due = dueBy(visit.date);
                if (due <= 0)
                    continue;
                // Part of a statement: half of it in whole 5.00, at least 5.00.
                const bool part = due > 1000 && random.percent(15);
                const qint64 cents = part ? std::max<qint64>(500, due / 2 / 500 * 500) : due;
                allocate(pay(payer(), event.date, cents), cents);
            } else {
                const qint64 due = dueBy(event.date);
                if (event.kind == PaymentEvent::Kind::Credit) {
                    const qint64 extra = qint64(random.between(2, 20)) * 500;
                    Payment &p = pay(payer(), event.date, due + extra);
                    allocate(p, due);
                    if (random.percent(40)) {
                        // A prepayment kept on purpose.
                        batch.allocations.append({nextAllocation++, p.id, AllocationTarget::unearned(),
                                                  Money::fromCents(extra), p.patientId, 0, 0, AllocationRule::Manual,
                                                  0});
                    } else {
                        p.providerId = visit.providerId;
                        p.clinicId = visit.clinicId;
                    }
                } else if (due > 0) {
                    // Left for the desk to allocate; it says whose visit it was for.
                    Payment &p = pay(payer(), event.date, std::min(due, qint64(random.between(4, 30)) * 500));
                    p.providerId = visit.providerId;
                    p.clinicId = visit.clinicId;
                }
                // The family's last payment: a later statement would find nothing to pay
                // (credit) or would do the desk's work (unallocated).
                break;
            }
        }
    }
    return batch;
}

} // namespace paydesk::core
