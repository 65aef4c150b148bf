#pragma once

#include "ledger/PatientSearch.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace paydesk::ui {

// The desk's search results, read a page at a time as the view scrolls (Qt's fetchmore
// pattern over PatientSearch's keyset pages): a search that matches half the practice
// costs one page until someone scrolls.
class PatientSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Account, Name, BirthDate, Guarantor };

    static constexpr int pageSize = 50;

    explicit PatientSearchModel(QObject *parent = nullptr);

    // Null until a database is open; the model is then empty.
    void setDatabase(const core::Database *db);
    // Starts a new search (PatientSearch: name words, a birth date in the user's locale or
    // ISO, an account number) from its first page.
    void setQuery(const QString &text);
    const QString &query() const { return m_query; }

    const core::Patient &patient(int row) const { return m_patients.at(row); }
    // Why the search looked for nobody: a piece that looks like a date but is none.
    const QStringList &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page could not be read; the rows read so far stay and no more are asked for.
    void searchFailed(const QString &message);

private:
    void reload();
    core::PatientSearch::Page readPage(const core::Patient *after);

    const core::Database *m_db = nullptr;
    QString m_query;
    QList<core::Patient> m_patients;
    bool m_more = false;
    QStringList m_problems;
};

} // namespace paydesk::ui
