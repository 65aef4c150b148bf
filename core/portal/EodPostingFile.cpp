#include "portal/EodPostingFile.h"

#include "util/Tr.h"

#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace paydesk::core::portal {

namespace {

// Record ids IMDPA10..IMDPA14 all keep fields 1-27; later fields are extensions.
constexpr int requiredFields = 27;
// A raw record longer than this is junk, not a transaction: keep enough to recognise it.
constexpr qsizetype maxRawLength = 2000;
constexpr qsizetype maxShownValue = 60;

enum Field {
    RecordId = 0,
    PaymentType = 4,
    Action = 5,
    Amount = 6,
    CardType = 7,
    TransactionId = 8,
    AuthorizationNumber = 9,
    Time = 10,
    Status = 11,
    LastName = 12,
    FirstName = 13,
    MiddleName = 14,
    AccountNumber = 15,
};

// A value as quoted in a message: junk can be long, and the raw record keeps it whole.
QString shown(QStringView value)
{
    return value.size() <= maxShownValue ? value.toString() : value.left(maxShownValue) + u'\x2026';
}

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// Control characters other than tab mean a binary file (or UTF-16) was picked, not a report.
bool isText(QByteArrayView line)
{
    for (char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\t')
            return false;
        if (byte == 0x7f)
            return false;
    }
    return line.isValidUtf8();
}

// What a binary line is shown as in the queue: storable text (no NUL), never longer than a record.
QString printable(QByteArrayView line)
{
    QString text = QString::fromUtf8(line.first(qMin(line.size(), maxRawLength)));
    for (QChar &c : text) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Field 7. Refuses everything that would need a guess: a sign, grouping, a third decimal.
QString amountProblem(QStringView text, core::Money &amount)
{
    if (text.isEmpty())
        return Tr::tr("Amount (field 7) is empty");
    const QString value = shown(text);
    if (text.startsWith(u'-') || text.startsWith(u'+'))
        return Tr::tr("Amount (field 7) \"%1\" has a sign; InstaMed writes amounts positive and the action "
                      "gives the direction")
                .arg(value);
    if (text.contains(u',') || text.contains(u' '))
        return Tr::tr("Amount (field 7) \"%1\" has a group separator; expected digits and a point, like 1000.00")
                .arg(value);
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView decimals = point < 0 ? QStringView() : text.sliced(point + 1);
    if (whole.isEmpty() || !isAsciiDigits(whole) || !isAsciiDigits(decimals) || (point >= 0 && decimals.isEmpty()))
        return Tr::tr("Amount (field 7) \"%1\" is not an amount like 1000.00").arg(value);
    if (decimals.size() > 2)
        return Tr::tr("Amount (field 7) \"%1\" has more than two decimals").arg(value);
    const core::MoneyParseResult parsed = core::Money::parse(text.toString());
    if (!parsed)
        return Tr::tr("Amount (field 7) \"%1\": %2").arg(value, parsed.error());
    if (parsed.value().isZero())
        return Tr::tr("Amount (field 7) \"%1\" is zero").arg(value);
    amount = parsed.value();
    return {};
}

int numberAt(QStringView digits, qsizetype from, qsizetype length)
{
    return digits.sliced(from, length).toInt();
}

// CCYYMMDD at the start of `digits` (already known to be ASCII digits), or an invalid date.
QDate dateAt(QStringView digits)
{
    return QDate(numberAt(digits, 0, 4), numberAt(digits, 4, 2), numberAt(digits, 6, 2));
}

// Field 11, CCYYMMDDHHMMSS. QDateTime::fromString would accept fewer digits in places; this
// wants exactly fourteen and a real calendar date and clock time.
QString timeProblem(QStringView text, QDateTime &time)
{
    if (text.size() == 14 && isAsciiDigits(text)) {
        const QDate date = dateAt(text);
        const QTime clock(numberAt(text, 8, 2), numberAt(text, 10, 2), numberAt(text, 12, 2));
        if (date.isValid() && clock.isValid()) {
            time = QDateTime(date, clock, Qt::UTC);
            return {};
        }
    }
    if (text.isEmpty())
        return Tr::tr("Transaction Time (field 11) is empty");
    return Tr::tr("Transaction Time (field 11) \"%1\" is not a date and time CCYYMMDDHHMMSS").arg(shown(text));
}

std::optional<PortalAction> actionOf(QStringView text)
{
    for (PortalAction action : {PortalAction::AuthCapt, PortalAction::Credit, PortalAction::Return}) {
        if (text == PortalTransaction::actionName(action))
            return action;
    }
    return std::nullopt;
}

bool isPaymentType(QStringView text)
{
    return text == u"CreditCard" || text == u"DebitCard" || text == u"eCheck" || text == u"Cash";
}

bool isRecordId(QStringView text)
{
    return text.size() == 7 && text.startsWith(u"IMDPA1") && text[6] >= u'0' && text[6] <= u'4';
}

// A line with no "|" at all: say which separator it seems to use, so the user knows the file
// was exported in another format rather than cut short.
QString separatorProblem(QStringView text)
{
    for (QChar separator : {u',', u'\t', u';'}) {
        if (text.contains(separator)) {
            const QString name = separator == u'\t' ? Tr::tr("tab") : QString(separator);
            return Tr::tr("The fields are separated by \"%1\", not \"|\": this is not an InstaMed EOD record").arg(name);
        }
    }
    return Tr::tr("The line has no \"|\" separators: this is not an InstaMed EOD record");
}

} // namespace

EodPostingFile EodPostingFile::read(const QString &fileName, QByteArrayView content)
{
    EodPostingFile file(fileName);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);

    bool formDecided = false;
    qsizetype start = 0;
    int line = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QByteArrayView bytes = content.sliced(start, end - start);
        start = end + 1;
        ++line;
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (isBlank(bytes))
            continue;
        if (!isText(bytes)) {
            file.addProblem(line,
                            printable(bytes),
                            Tr::tr("The line is not text (binary data, or an encoding other than UTF-8)"));
            continue;
        }
        const QString text = QString::fromUtf8(bytes);
        const bool header = text.startsWith(u"H|");
        if (!formDecided) {
            formDecided = true;
            file.m_hasHeader = header;
            if (header) {
                file.readHeader(line, text);
                continue;
            }
        }
        if (header)
            file.addProblem(line, text, Tr::tr("A second header line: only the first line of a file is its header"));
        else
            file.readDetail(line, text);
    }
    return file;
}

void EodPostingFile::readHeader(int line, const QString &text)
{
    const QStringList fields = text.split(u'|');
    const QString dateText = fields.value(1).trimmed();
    const QDate date = dateText.size() == 8 && isAsciiDigits(dateText) ? dateAt(dateText) : QDate();
    if (fields.size() != 3 || !date.isValid() || fields.at(2).trimmed().isEmpty()) {
        addProblem(line,
                   text,
                   Tr::tr("The header \"%1\" is not H|CCYYMMDD|lockbox as version 1.2.2 writes it").arg(shown(text)));
        return;
    }
    m_headerDate = date;
    m_lockbox = fields.at(2).trimmed();
}

void EodPostingFile::readDetail(int line, const QString &text)
{
    QStringList fields = text.split(u'|');
    if (fields.size() == 1) {
        addProblem(line, text, separatorProblem(text));
        return;
    }
    if (m_hasHeader) {
        if (fields.constFirst() != u"D") {
            addProblem(line,
                       text,
                       Tr::tr("The line does not start with \"D|\" as every detail line of a version 1.2.2 file "
                              "(one that starts with an H header) does"));
            return;
        }
        fields.removeFirst();
    } else if (fields.constFirst() == u"D") {
        addProblem(line,
                   text,
                   Tr::tr("The line starts with \"D|\" but the file has no H|CCYYMMDD|lockbox header line, which "
                          "version 1.2.2 files start with"));
        return;
    }
    for (QString &field : fields)
        field = field.trimmed();

    const QString &recordId = fields.at(RecordId);
    if (!isRecordId(recordId)) {
        addProblem(line,
                   text,
                   Tr::tr("Record Id (field 1) \"%1\" is not an InstaMed EOD record id (IMDPA10 to IMDPA14)")
                           .arg(shown(recordId)));
        return;
    }
    if (fields.size() < requiredFields) {
        addProblem(line,
                   text,
                   Tr::tr("The %1 record has %2 fields, at least %3 expected: the line is cut short")
                           .arg(recordId)
                           .arg(fields.size())
                           .arg(requiredFields));
        return;
    }

    PortalTransaction transaction;
    transaction.source = PortalSource::EodPostingFile;
    transaction.file = m_fileName;
    transaction.line = line;
    transaction.raw = text;

    QStringList reasons;
    transaction.paymentType = fields.at(PaymentType);
    if (!isPaymentType(transaction.paymentType))
        reasons << Tr::tr("Payment Type (field 5) \"%1\" is not CreditCard, DebitCard, eCheck or Cash")
                           .arg(shown(transaction.paymentType));
    const std::optional<PortalAction> action = actionOf(fields.at(Action));
    if (action)
        transaction.action = *action;
    else
        reasons << Tr::tr("Transaction Action (field 6) \"%1\" is not AuthCapt, Credit or Return")
                           .arg(shown(fields.at(Action)));
    if (const QString problem = amountProblem(fields.at(Amount), transaction.amount); !problem.isEmpty())
        reasons << problem;
    transaction.cardType = fields.at(CardType);
    transaction.transactionId = fields.at(TransactionId);
    if (transaction.transactionId.isEmpty())
        reasons << Tr::tr("Transaction Id (field 9) is empty");
    transaction.authorizationNumber = fields.at(AuthorizationNumber);
    if (const QString problem = timeProblem(fields.at(Time), transaction.time); !problem.isEmpty())
        reasons << problem;
    transaction.status = fields.at(Status);
    if (!PortalTransaction::isKnownStatus(transaction.status))
        reasons << Tr::tr("Status (field 12) \"%1\" is not an InstaMed status (A, C, S, D, V, SE, CB, RI)")
                           .arg(shown(transaction.status));
    transaction.patientLastName = fields.at(LastName);
    transaction.patientFirstName = fields.at(FirstName);
    transaction.patientMiddleName = fields.at(MiddleName);
    transaction.accountNumber = fields.at(AccountNumber);
    reasons << transaction.overlongFields();

    if (!reasons.isEmpty()) {
        addProblem(line, text, reasons.join(u"; "_s));
        return;
    }
    transaction.direction = PortalTransaction::directionOf(transaction.action, transaction.status);
    m_transactions.push_back(std::move(transaction));
}

void EodPostingFile::addProblem(int line, const QString &raw, const QString &reason)
{
    m_problems.push_back({m_fileName, line, raw.left(maxRawLength), reason});
}

} // namespace paydesk::core::portal
