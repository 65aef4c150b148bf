#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::cli {

// A plain-text table with aligned columns, for the human form of reports: text columns
// flush left, amounts and ids flush right.
class TextTable
{
public:
    enum class Align { Left, Right };

    struct Column
    {
        QString title;
        Align align = Align::Left;
    };

    explicit TextTable(QList<Column> columns) : m_columns(std::move(columns)) {}

    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Every line indented by `indent` spaces, ending in a line end. No title line when
    // every title is empty.
    QString toString(int indent = 2) const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace paydesk::cli
