#include "PortalFiles.h"

using namespace Qt::StringLiterals;

namespace paydesk::test {

QString eodRecord(const Fields &fields)
{
    QStringList values = {u"IMDPA10"_s,
                          u"MERCH01"_s,
                          u"STORE1"_s,
                          u"TERM1"_s,
                          u"CreditCard"_s,
                          u"AuthCapt"_s,
                          u"60.00"_s,
                          u"Visa"_s,
                          u"TX1"_s,
                          u"AUTH1"_s,
                          u"20260105093015"_s,
                          u"A"_s,
                          u"Rivera"_s,
                          u"Ana"_s,
                          QString(),
                          u"1"_s};
    while (values.size() < 27)
        values << QString();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        while (values.size() < it.key())
            values << QString();
        values[it.key() - 1] = it.value();
    }
    return values.join(u'|');
}

QByteArray eodFile(const QStringList &records, bool header)
{
    QStringList lines;
    if (header)
        lines << u"H|20260105|LOCKBOX1"_s;
    for (const QString &record : records)
        lines << (header ? u"D|"_s + record : record);
    return lines.join(u'\n').toUtf8() + '\n';
}

namespace {

QString segment(const QStringList &elements)
{
    return elements.join(u'*') + u"~\n"_s;
}

} // namespace

QByteArray remittanceFile(const QList<RemittanceSet> &sets, bool insurer)
{
    QString text = segment({u"ISA"_s,
                            u"00"_s,
                            u"          "_s,
                            u"00"_s,
                            u"          "_s,
                            u"ZZ"_s,
                            u"INSTAMED       "_s,
                            u"ZZ"_s,
                            u"PRACTICE       "_s,
                            u"260105"_s,
                            u"0930"_s,
                            u"U"_s,
                            u"00501"_s,
                            u"000000001"_s,
                            u"0"_s,
                            u"P"_s,
                            u":"_s})
                   + segment({u"GS"_s,
                              u"HP"_s,
                              u"INSTAMED"_s,
                              u"PRACTICE"_s,
                              u"20260105"_s,
                              u"0930"_s,
                              u"1"_s,
                              u"X"_s,
                              u"005010X221A1"_s});
    for (int i = 0; i < sets.size(); ++i) {
        const RemittanceSet &set = sets.at(i);
        const QString number = u"%1"_s.arg(i + 1, 4, 10, QChar(u'0'));
        QStringList body = {
                segment({u"BPR"_s,
                         insurer ? u"I"_s : u"H"_s,
                         set.amount,
                         set.flag,
                         u"NON"_s,
                         {},
                         {},
                         {},
                         {},
                         {},
                         u"1999999999"_s,
                         u"credit card"_s,
                         {},
                         {},
                         {},
                         {},
                         set.date}),
                segment({u"TRN"_s, u"1"_s, set.authorization, u"1999999999"_s, u"credit card"_s}),
                segment({u"N1"_s, u"PR"_s, set.name, u"XV"_s, set.account}),
                segment({u"N1"_s, u"PE"_s, u"FAMILY CLINIC"_s, u"XX"_s, u"1234567893"_s}),
        };
        if (insurer)
            body << segment({u"CLP"_s, u"CLAIM1"_s, u"1"_s, u"200.00"_s, set.amount, u"75.00"_s, u"12"_s, u"CTL"_s});
        text += segment({u"ST"_s, u"835"_s, number}) + body.join(QString())
                + segment({u"SE"_s, QString::number(body.size() + 2), number});
    }
    text += segment({u"GE"_s, QString::number(sets.size()), u"1"_s});
    text += segment({u"IEA"_s, u"1"_s, u"000000001"_s});
    return text.toUtf8();
}

} // namespace paydesk::test
