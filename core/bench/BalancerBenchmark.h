#pragma once

#include "balancer/BalancerMethod.h"

#include <QString>

#include <functional>

namespace paydesk::core {

class Database;

struct BalancerBenchFigures
{
    qint64 families = 0;
    qint64 generateNs = 0;
    qint64 balanceNs = 0;
    qint64 balanceCpuNs = 0; // this process's CPU time: what a shared machine's waits leave out
    qint64 peakKb = 0;
    qint64 familiesChanged = 0;
    qint64 familiesRefused = 0;
    qint64 rowsWritten = 0;
    qint64 againNs = 0; // the same method again, which writes nothing
    qint64 againRows = 0;
};

// Balancing all families of a generated practice: the time and peak memory of one whole
// run, and of a second run of the same method (which must write nothing). It adds the
// practice to the database, so point it at a scratch database.
class BalancerBenchmark
{
public:
    struct Options
    {
        int families = 100000;
        quint32 seed = 1;
        BalancerMethod method = BalancerMethod::TransferFifo;
    };
    using Report = std::function<void(const QString &line)>;

    BalancerBenchmark(const Database &db, QString user);
    BalancerBenchFigures run(const Options &options, const Report &report) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
