#pragma once

#include "RefusalOf.h"
#include "TestDatabases.h"

#include "util/Errors.h"

#include <QByteArrayView>
#include <QString>
#include <QTest>

namespace paydesk::test {

// One row per backend for each named case: "name/sqlite", "name/postgresql".
template<typename... Values>
void newRows(QByteArrayView name, const Values &...values)
{
    for (const QString &backend : TestDatabases::backends()) {
        QTestData &row = QTest::newRow(qPrintable(QString::fromUtf8(name) + u'/' + backend));
        row << backend;
        (row << ... << values);
    }
}

} // namespace paydesk::test

// Runs `refusal` (a refusalOf(...) call) once and checks its message.
#define PAYDESK_VERIFY_REFUSED(refusal, fragment)                                                     \
    do {                                                                                              \
        const QString refusedWith = (refusal);                                                        \
        const QString expectedPart = (fragment);                                                      \
        QVERIFY2(!refusedWith.isEmpty() && refusedWith.contains(expectedPart),                        \
                 qPrintable(QStringLiteral("expected a refusal containing \"") + expectedPart         \
                            + QStringLiteral("\", got: \"") + refusedWith + u'"'));                   \
    } while (false)
