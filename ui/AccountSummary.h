#pragma once

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace paydesk::core {
struct FamilyAccount;
}

namespace paydesk::ui {

// The strip of family totals above the account's lists: always in view, so unallocated
// credit is never hidden behind a tab.
class AccountSummary : public QWidget
{
    Q_OBJECT

public:
    enum class Figure { Balance, Unallocated, Unearned, Outstanding };

    explicit AccountSummary(QWidget *parent = nullptr);

    void setAccount(const core::FamilyAccount &account);
    void clear();
    // The figure as displayed, for tests and screen readers.
    QString text(Figure figure) const;

private:
    struct Tile
    {
        QWidget *frame = nullptr;
        QLabel *value = nullptr;
    };

    Tile addTile(const QString &caption, const QString &toolTip);
    void setFigure(Figure figure, const QString &value, const char *tone);

    std::array<Tile, 4> m_tiles;
};

} // namespace paydesk::ui
