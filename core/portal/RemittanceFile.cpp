#include "portal/RemittanceFile.h"

#include "util/Tr.h"

#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>
#include <span>

using namespace Qt::StringLiterals;

namespace paydesk::core::portal {

namespace {

// ISA is fixed-width: its elements have these widths, so every separator stands at a known
// place. Checking them all is what tells a real ISA from text that merely begins with "ISA".
constexpr std::array<int, 16> isaWidths = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
constexpr int isaLength = 106; // "ISA", 16 elements with their separators, the terminator

struct Separators
{
    QChar element;
    QChar component;
    QChar terminator;
};

// Views into the file's text, which outlives them: a file of 100,000 sets has 800,000 segments,
// and a string (or a list) per segment would cost more than reading them.
struct Segment
{
    std::span<const QStringView> elements; // elements[0] is the segment id
    int line = 0;
    qsizetype begin = 0; // offsets in the text, the terminator included in [begin, end)
    qsizetype end = 0;
    bool terminated = true; // false for a last segment cut off before its terminator

    QStringView id() const { return element(0); }
    // The element at X12 position `position` (BPR02 is element(2)), empty when absent.
    QStringView element(int position) const
    {
        return size_t(position) < elements.size() ? elements[position] : QStringView();
    }
};

// The segments of a file and the one array of their elements, which the segments view.
struct Segments
{
    std::vector<QStringView> elements;
    std::vector<Segment> list;
};

// A caret names a control character ("^M"); anything else stands as itself, quoted.
QString shown(QChar c)
{
    if (c.unicode() < 0x20)
        return u"^"_s + QChar(c.unicode() + 0x40);
    return u"\""_s + c + u"\""_s;
}

QString shownValue(QStringView value)
{
    return u"\""_s + value.toString() + u"\""_s;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

std::optional<Separators> readSeparators(const QString &text, QString *error)
{
    if (text.size() < isaLength) {
        *error = Tr::tr("The ISA segment is truncated: it has %1 of its %2 characters").arg(text.size()).arg(isaLength);
        return std::nullopt;
    }
    const QChar element = text.at(3);
    int position = 3;
    for (int width : isaWidths) {
        if (text.at(position) != element) {
            *error = Tr::tr("The ISA segment is not an X12 ISA: the element separator %1 (ISA position 3) is not at "
                            "position %2, which holds %3")
                             .arg(shown(element))
                             .arg(position)
                             .arg(shown(text.at(position)));
            return std::nullopt;
        }
        position += 1 + width;
    }
    const Separators separators{element, text.at(isaLength - 2), text.at(isaLength - 1)};
    const std::array<QChar, 3> all = {separators.element, separators.component, separators.terminator};
    for (QChar c : all) {
        if (c.isLetterOrNumber() || c == u' ') {
            *error = Tr::tr("The ISA segment's separators (element %1, component %2, segment %3) include a letter, "
                            "digit or space")
                             .arg(shown(separators.element), shown(separators.component), shown(separators.terminator));
            return std::nullopt;
        }
    }
    // Line breaks around segments are layout; only the terminator may be one.
    if (isLineBreak(separators.element) || isLineBreak(separators.component)) {
        *error = Tr::tr("The ISA segment's element or component separator (%1, %2) is a line break")
                         .arg(shown(separators.element), shown(separators.component));
        return std::nullopt;
    }
    if (separators.element == separators.component || separators.element == separators.terminator
        || separators.component == separators.terminator) {
        *error = Tr::tr("The ISA segment's separators (element %1, component %2, segment %3) are not distinct")
                         .arg(shown(separators.element), shown(separators.component), shown(separators.terminator));
        return std::nullopt;
    }
    return separators;
}

// Splits the text at the segment terminator. ISA is its fixed 106 characters (its data may hold the
// terminator's character). Line breaks around segments are layout (most files put one segment per
// line), so they are neither part of a segment nor a segment of their own.
Segments splitSegments(const QString &text, const Separators &separators)
{
    Segments segments;
    // Where each segment's elements begin in `elements`, until that stops growing.
    std::vector<size_t> firstElements;
    const auto add = [&](QStringView body, const Segment &segment) {
        firstElements.push_back(segments.elements.size());
        for (qsizetype from = 0;;) { // QStringView::split(), keeping empty elements
            const qsizetype at = body.indexOf(separators.element, from);
            segments.elements.push_back(body.sliced(from, (at < 0 ? body.size() : at) - from));
            if (at < 0)
                break;
            from = at + 1;
        }
        segments.list.push_back(segment);
    };
    add(QStringView(text).left(isaLength - 1), {{}, 1, 0, isaLength});
    int line = 1 + int(text.left(isaLength).count(u'\n')); // a line-break terminator ends ISA's line
    qsizetype position = isaLength;
    while (position < text.size()) {
        while (position < text.size() && isLineBreak(text.at(position)) && text.at(position) != separators.terminator) {
            if (text.at(position) == u'\n')
                ++line;
            ++position;
        }
        if (position >= text.size())
            break;
        qsizetype stop = text.indexOf(separators.terminator, position);
        const qsizetype end = stop < 0 ? text.size() : stop + 1;
        if (stop < 0)
            stop = text.size();
        qsizetype last = stop;
        while (last > position && isLineBreak(text.at(last - 1)))
            --last;
        const QStringView body = QStringView(text).mid(position, last - position);
        if (!body.isEmpty())
            add(body, {{}, line, position, end, stop < text.size()});
        line += int(QStringView(text).mid(position, end - position).count(u'\n'));
        position = end;
    }
    firstElements.push_back(segments.elements.size());
    for (size_t i = 0; i < segments.list.size(); ++i)
        segments.list[i].elements = std::span<const QStringView>(segments.elements.data() + firstElements[i],
                                                                 firstElements[i + 1] - firstElements[i]);
    return segments;
}

// What a pattern's `$` matches before: the end, or a line feed that ends the text (a line break
// inside a segment leaves one at the end of an element).
QStringView beforeFinalLineFeed(QStringView text)
{
    return text.endsWith(u'\n') ? text.chopped(1) : text;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// ^[A-Z][A-Z0-9]{1,2}$
bool isSegmentId(QStringView id)
{
    const QStringView text = beforeFinalLineFeed(id);
    return text.size() >= 2 && text.size() <= 3 && isUpper(text.front())
           && std::all_of(text.begin() + 1, text.end(), [](QChar c) { return isUpper(c) || isDigit(c); });
}

// What marks an insurer's remittance, or an empty string for InstaMed's patient posting.
// BPR01 "H" is "notification only", the only handling code InstaMed's patient posting uses; the
// handling codes of a real payment (C, D, I, P, U, X) and claim segments (CLP) are an insurer's.
QString insurerMark(const Segment &segment)
{
    static constexpr QStringView insurerHandlingCodes = u"CDIPUX";
    if (segment.id() == u"CLP")
        return Tr::tr("claim payment segment CLP at line %1").arg(segment.line);
    if (segment.id() == u"BPR" && segment.element(1).size() == 1 && insurerHandlingCodes.contains(segment.element(1)))
        return Tr::tr("BPR01 (transaction handling) %1 at line %2").arg(shownValue(segment.element(1))).arg(segment.line);
    return {};
}

std::optional<Money> readAmount(QStringView text)
{
    // X12 writes a decimal without grouping; InstaMed's amounts are never negative. Anything else
    // ("1,000.00", "12.345", "-5", "1e3") is refused, never rounded or guessed.
    // ^[0-9]{1,12}(\.[0-9]{1,2})?$
    const QStringView checked = beforeFinalLineFeed(text);
    const qsizetype point = checked.indexOf(u'.');
    const QStringView whole = point < 0 ? checked : checked.left(point);
    const QStringView decimals = point < 0 ? QStringView() : checked.sliced(point + 1);
    if (whole.isEmpty() || whole.size() > 12 || !isDigits(whole) || !isDigits(decimals)
        || (point >= 0 && (decimals.isEmpty() || decimals.size() > 2)))
        return std::nullopt;
    const MoneyParseResult parsed = Money::parse(text.toString());
    if (!parsed || !parsed.value().isPositive())
        return std::nullopt;
    return parsed.value();
}

// CCYYMMDD, eight digits and nothing else.
QDate readDate(QStringView text)
{
    if (text.size() != 8 || !isDigits(text))
        return {};
    return QDate(text.left(4).toInt(), text.sliced(4, 2).toInt(), text.sliced(6, 2).toInt());
}

// Reads one ST..SE transaction set; `reasons` collects every fault, each naming its element.
PortalTransaction readTransactionSet(std::span<const Segment> set, QStringList *reasons)
{
    PortalTransaction transaction;
    transaction.source = PortalSource::Remittance835;

    const Segment &st = set.front();
    const Segment &se = set.back();
    bool counted = false;
    if (se.element(1).toInt(&counted) != int(set.size()) || !counted)
        *reasons << Tr::tr("SE01 (segment count) %1 does not match the %2 segments of the transaction set")
                            .arg(shownValue(se.element(1)))
                            .arg(set.size());
    if (se.element(2) != st.element(2))
        *reasons << Tr::tr("SE02 (control number) %1 does not match ST02 %2")
                            .arg(shownValue(se.element(2)), shownValue(st.element(2)));

    const Segment *bpr = nullptr;
    const Segment *trn = nullptr;
    const Segment *payer = nullptr;
    for (const Segment &segment : set) {
        const Segment **slot = nullptr;
        if (!isSegmentId(segment.id()))
            *reasons << Tr::tr("Line %1 is not an X12 segment: %2").arg(segment.line).arg(shownValue(segment.id()));
        else if (segment.id() == u"BPR")
            slot = &bpr;
        else if (segment.id() == u"TRN")
            slot = &trn;
        else if (segment.id() == u"N1" && segment.element(1) == u"PR")
            slot = &payer;
        if (!slot)
            continue;
        if (*slot)
            *reasons << Tr::tr("Segment %1 appears twice in the transaction set (line %2)")
                                .arg(segment.id() == u"N1" ? u"N1*PR"_s : segment.id().toString())
                                .arg(segment.line);
        else
            *slot = &segment;
    }

    if (!bpr) {
        *reasons << Tr::tr("The transaction set has no BPR segment (payment amount, credit/debit and date)");
    } else {
        if (bpr->element(1) != u"H")
            *reasons << Tr::tr("BPR01 (transaction handling) %1 is not \"H\"").arg(shownValue(bpr->element(1)));
        if (const std::optional<Money> amount = readAmount(bpr->element(2)))
            transaction.amount = *amount;
        else
            *reasons << Tr::tr("BPR02 (payment amount) %1 is not an amount: a positive number with at most two "
                               "decimals, without grouping or sign")
                                .arg(shownValue(bpr->element(2)));
        if (bpr->element(3) == u"C") {
            transaction.direction = PortalDirection::Payment;
            transaction.action = PortalAction::AuthCapt;
        } else if (bpr->element(3) == u"D") {
            transaction.direction = PortalDirection::Refund;
            transaction.action = PortalAction::Credit;
        } else {
            *reasons << Tr::tr("BPR03 (credit/debit flag) %1 is neither \"C\" (payment) nor \"D\" (refund)")
                                .arg(shownValue(bpr->element(3)));
        }
        const QDate date = readDate(bpr->element(16));
        if (date.isValid())
            transaction.time = QDateTime(date, QTime(0, 0), Qt::UTC);
        else
            *reasons << Tr::tr("BPR16 (date) %1 is not a date CCYYMMDD").arg(shownValue(bpr->element(16)));
    }

    if (!trn) {
        *reasons << Tr::tr("The transaction set has no TRN segment (authorization number)");
    } else {
        transaction.authorizationNumber = trn->element(2).trimmed().toString();
        if (transaction.authorizationNumber.isEmpty())
            *reasons << Tr::tr("TRN02 (authorization number) is empty");
    }

    if (!payer) {
        *reasons << Tr::tr("The transaction set has no N1*PR segment (the patient)");
    } else {
        transaction.patientName = payer->element(2).toString().simplified();
        if (transaction.patientName.isEmpty())
            *reasons << Tr::tr("N102 (patient name) is empty");
        const QStringView account = payer->element(4).trimmed();
        if (account.isEmpty())
            *reasons << Tr::tr("N104 (patient account number) is empty");
        // InstaMed writes 9999 when the patient typed no account number.
        transaction.accountNumber = account == u"9999" ? QString() : account.toString();
    }
    *reasons << transaction.overlongFields();
    return transaction;
}

} // namespace

RemittanceFile RemittanceFile::read(const QString &fileName, QByteArrayView content)
{
    RemittanceFile file(fileName);
    if (content.contains('\0')) {
        file.addProblem(Tr::tr("The file is binary (it holds NUL bytes), not an X12 835"));
        return file;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(content);
    if (decoder.hasError()) {
        file.addProblem(Tr::tr("The file is not text (it is not valid UTF-8), not an X12 835"));
        return file;
    }
    file.readText(text);
    return file;
}

void RemittanceFile::readText(const QString &text)
{
    if (!text.startsWith(u"ISA"_s)) {
        addProblem(Tr::tr("The file is not an X12 835: it does not begin with an ISA segment (it begins with %1)")
                           .arg(shownValue(text.left(20).simplified())));
        return;
    }
    QString error;
    const std::optional<Separators> separators = readSeparators(text, &error);
    if (!separators) {
        addProblem(error, 1, text.left(isaLength));
        return;
    }
    const Segments split = splitSegments(text, *separators);
    const std::vector<Segment> &segments = split.list;
    const auto rawOf = [&](const Segment &first, const Segment &last) {
        return text.mid(first.begin, last.end - first.begin);
    };

    // An insurer's remittance is refused whole, before any of its sets is read: none of it is
    // patient money, and a half-read file must not look like patient payments.
    for (const Segment &segment : segments) {
        if (const QString mark = insurerMark(segment); !mark.isEmpty()) {
            addProblem(Tr::tr("The file is an insurer's remittance, not InstaMed's patient payments (%1): insurance "
                              "money is not posted as patient payments")
                               .arg(mark),
                       segment.line,
                       rawOf(segment, segment));
            return;
        }
        if (segment.id() == u"ST" && segment.element(1) != u"835") {
            addProblem(Tr::tr("The file is not an 835: ST01 (transaction set) is %1 at line %2")
                               .arg(shownValue(segment.element(1)))
                               .arg(segment.line),
                       segment.line,
                       rawOf(segment, segment));
            return;
        }
    }

    // The open transaction set begins at segments[setBegin], its ST; `none` when no set is open.
    constexpr size_t none = size_t(-1);
    size_t setBegin = none;
    int sets = 0;
    const auto closeTruncatedSet = [&](size_t setEnd) {
        if (setBegin == none)
            return;
        const Segment &st = segments[setBegin];
        addProblem(Tr::tr("The transaction set that begins at line %1 has no SE segment: the file is truncated or "
                          "spliced")
                           .arg(st.line),
                   st.line,
                   rawOf(st, segments[setEnd - 1]));
        setBegin = none;
    };
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments[i];
        if (segment.id() == u"ST") {
            closeTruncatedSet(i);
            setBegin = i;
            ++sets;
        } else if (setBegin != none) {
            if (segment.id() != u"SE")
                continue;
            const std::span<const Segment> set(segments.data() + setBegin, i - setBegin + 1);
            QStringList reasons;
            PortalTransaction transaction = readTransactionSet(set, &reasons);
            transaction.file = m_fileName;
            transaction.line = set.front().line;
            transaction.raw = rawOf(set.front(), set.back());
            if (reasons.isEmpty())
                m_transactions.push_back(std::move(transaction));
            else
                addProblem(reasons.join(u"; "_s), transaction.line, transaction.raw);
            setBegin = none;
        } else if (segment.id() != u"ISA" && segment.id() != u"GS" && segment.id() != u"GE" && segment.id() != u"IEA") {
            addProblem(Tr::tr("Line %1 holds %2 outside any transaction set (ST..SE)")
                               .arg(segment.line)
                               .arg(shownValue(segment.id().left(20))),
                       segment.line,
                       rawOf(segment, segment));
        }
    }
    closeTruncatedSet(segments.size());

    // A complete interchange ends in the IEA that ISA opened: without it the sets read so far
    // stand, but the file is reported as cut.
    if (sets == 0)
        addProblem(Tr::tr("The file holds no transaction set (ST..SE)"));
    else if (const Segment &last = segments.back(); last.id() != u"IEA" || !last.terminated)
        addProblem(Tr::tr("The file does not end with a complete IEA segment: it is truncated"));
    else if (last.element(2) != segments.front().element(13))
        addProblem(Tr::tr("IEA02 (interchange control number) %1 does not match ISA13 %2: the file is truncated or "
                          "spliced")
                           .arg(shownValue(last.element(2)), shownValue(segments.front().element(13))));
}

void RemittanceFile::addProblem(const QString &reason, int line, const QString &raw)
{
    m_problems.push_back({m_fileName, line, raw, reason});
}

} // namespace paydesk::core::portal
