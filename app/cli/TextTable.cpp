#include "TextTable.h"

namespace paydesk::cli {

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::toString(int indent) const
{
    QList<qsizetype> widths;
    for (const Column &column : m_columns)
        widths.append(column.title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.value(i).size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString text(indent, u' ');
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString cell = cells.value(i);
            if (i > 0)
                text += QStringLiteral("  ");
            text += m_columns[i].align == Align::Right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
        }
        // Trailing blanks from a left-aligned last column only get in the way of diff and grep.
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QStringList titles;
    for (const Column &column : m_columns)
        titles << column.title;
    QString text = titles.join(QString()).isEmpty() ? QString() : line(titles);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

} // namespace paydesk::cli
