#include "models/PatientSearchModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"
#include "util/Errors.h"

#include <QLocale>

namespace paydesk::ui {

PatientSearchModel::PatientSearchModel(QObject *parent) : QAbstractTableModel(parent) {}

void PatientSearchModel::setDatabase(const core::Database *db)
{
    m_db = db;
    reload();
}

void PatientSearchModel::setQuery(const QString &text)
{
    m_query = text;
    reload();
}

void PatientSearchModel::reload()
{
    // The first page is read at once so that the results (and Enter on them) are there as
    // soon as the clerk stops typing; later pages wait for the view to scroll.
    // An empty box lists nobody: the desk starts clean, not with the whole practice.
    core::PatientSearch::Page page;
    if (m_db && !m_query.trimmed().isEmpty())
        page = readPage(nullptr);
    beginResetModel();
    m_patients = page.patients;
    m_more = page.more;
    m_problems = page.problems;
    endResetModel();
}

core::PatientSearch::Page PatientSearchModel::readPage(const core::Patient *after)
{
    try {
        return core::PatientSearch(*m_db, QLocale()).find(m_query, after, pageSize);
    } catch (const core::StorageError &e) {
        Q_EMIT searchFailed(e.message());
        return {};
    }
}

int PatientSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant PatientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Patient &patient = m_patients.at(index.row());
    if (role == IdRole || role == PatientIdRole)
        return patient.id;
    switch (Column(index.column())) {
    case Account: return CellData::id(patient.familyId, role);
    case Name: return CellData::text(patient.displayName(), role);
    case BirthDate: return CellData::date(patient.birthDate, role);
    case Guarantor: return CellData::text(patient.isGuarantor ? tr("Yes") : QString(), role);
    }
    return {};
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignVCenter) | int(section == Account ? Qt::AlignRight : Qt::AlignLeft);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Account: return tr("Account #");
    case Name: return tr("Name");
    case BirthDate: return tr("Birth date");
    case Guarantor: return tr("Guarantor");
    }
    return {};
}

bool PatientSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void PatientSearchModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const core::PatientSearch::Page page = readPage(&m_patients.constLast());
    m_more = page.more;
    if (page.patients.isEmpty())
        return;
    const int first = int(m_patients.size());
    beginInsertRows({}, first, first + int(page.patients.size()) - 1);
    m_patients.append(page.patients);
    endInsertRows();
}

} // namespace paydesk::ui
