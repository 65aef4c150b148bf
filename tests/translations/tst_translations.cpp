#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

enum class Needs {
    Every,   // a catalogue the desk is shown in: every message needs its translation
    Plurals, // the English catalogue: only the plural forms the source texts leave as "(s)"
};

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    bool hasText = false;
};

// "Context: source" for every message of the catalogue that lacks its translation.
QStringList untranslated(QIODevice &ts, Needs needs)
{
    QStringList missing;
    QXmlStreamReader xml(&ts);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name"_s && m.source.isNull()) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                m = Message{context, QString(), xml.attributes().value(u"numerus"_s) == u"yes"_s};
            } else if (name == u"source"_s) {
                m.source = xml.readElementText();
            } else if (name == u"translation"_s) {
                const auto type = xml.attributes().value(u"type"_s);
                m.finished = type != u"unfinished"_s;
                if (!m.numerus)
                    m.hasText = !xml.readElementText().trimmed().isEmpty();
                else
                    m.hasText = true; // its numerusform children say
            } else if (name == u"numerusform"_s) {
                m.hasText = m.hasText && !xml.readElementText().trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            const bool required = needs == Needs::Every || m.numerus;
            if (required && (!m.finished || !m.hasText))
                missing << m.context + u": "_s + m.source;
            m = Message{};
        }
    }
    if (xml.hasError())
        missing << u"(the catalogue does not parse: %1)"_s.arg(xml.errorString());
    return missing;
}

QStringList untranslated(const QByteArray &ts, Needs needs)
{
    QByteArray copy = ts;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return untranslated(buffer, needs);
}

QByteArray catalogue(const QString &messages)
{
    return (u"<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" language=\"es_ES\">"
            "<context><name>Ctx</name>"_s
            + messages + u"</context></TS>"_s)
        .toUtf8();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checker_data();
    void checker();
    void catalogues_data();
    void catalogues();
};

// The check itself, on hand-made catalogues: what it must refuse and what it must let pass.
void tst_Translations::checker_data()
{
    QTest::addColumn<QString>("messages");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::addColumn<QStringList>("missing");

    const QString plural = u"<message numerus=\"yes\"><source>%n day(s)</source><translation%1>"
                           "<numerusform>%2</numerusform><numerusform>%n days</numerusform></translation>"
                           "</message>"_s;
    QTest::newRow("translated") << u"<message><source>Pay</source><translation>Pagar</translation></message>"_s
                                << false << QStringList();
    QTest::newRow("new string, unfinished")
        << u"<message><source>Pay</source><translation type=\"unfinished\"></translation></message>"_s << false
        << QStringList{u"Ctx: Pay"_s};
    QTest::newRow("text kept but marked unfinished")
        << u"<message><source>Pay</source><translation type=\"unfinished\">Pagar</translation></message>"_s
        << false << QStringList{u"Ctx: Pay"_s};
    QTest::newRow("finished but blank")
        << u"<message><source>Pay</source><translation> </translation></message>"_s << false
        << QStringList{u"Ctx: Pay"_s};
    QTest::newRow("plural with every form") << plural.arg(QString(), u"%n day"_s) << false << QStringList();
    QTest::newRow("plural missing a form")
        << plural.arg(QString(), QString()) << false << QStringList{u"Ctx: %n day(s)"_s};
    QTest::newRow("English: plain text may stay untranslated")
        << u"<message><source>Pay</source><translation type=\"unfinished\"></translation></message>"_s << true
        << QStringList();
    QTest::newRow("English: a plural may not")
        << plural.arg(u" type=\"unfinished\""_s, QString()) << true << QStringList{u"Ctx: %n day(s)"_s};
}

void tst_Translations::checker()
{
    QFETCH(QString, messages);
    QFETCH(bool, pluralsOnly);
    QFETCH(QStringList, missing);
    QCOMPARE(untranslated(catalogue(messages), pluralsOnly ? Needs::Plurals : Needs::Every), missing);
}

void tst_Translations::catalogues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("Spanish") << u"paydesk_es.ts"_s << false;
    QTest::newRow("English plurals") << u"paydesk_en.ts"_s << true;
}

// The committed catalogue, brought up to today's sources in a scratch copy, lacks nothing.
void tst_Translations::catalogues()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralsOnly);

    QTemporaryDir scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.errorString()));
    const QString copy = scratch.filePath(file);
    const QString sources = QStringLiteral(PAYDESK_SOURCE_DIR);
    QVERIFY(QFile::copy(sources + u"/translations/"_s + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.setWorkingDirectory(sources);
    lupdate.start(QStringLiteral(PAYDESK_LUPDATE),
                  {u"core"_s, u"ui"_s, u"app"_s, u"-I"_s, u"core"_s, u"-I"_s, u"ui"_s, u"-ts"_s, copy,
                   u"-no-obsolete"_s, u"-locations"_s, u"none"_s});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QFile updated(copy);
    QVERIFY(updated.open(QIODevice::ReadOnly));
    const QStringList missing = untranslated(updated, pluralsOnly ? Needs::Plurals : Needs::Every);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 message(s) without a translation in %2 (run the paydesk_ui_lupdate target, "
                        "then translate):\n  "_s.arg(missing.size())
                            .arg(file)
                        + missing.join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
