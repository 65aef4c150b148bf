#pragma once

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace paydesk::core {
struct AgedBalance;
struct FamilyAccount;
}

namespace paydesk::ui {

// The strip of family totals above the account's lists: always in view, so unallocated
// credit is never hidden behind a tab. A slim tile under them ages the balance (0–30, 31–60,
// 61–90, over 90 days).
class AccountSummary : public QWidget
{
    Q_OBJECT

public:
    enum class Figure { Balance, Unallocated, Unearned, Outstanding };

    explicit AccountSummary(QWidget *parent = nullptr);

    void setAccount(const core::FamilyAccount &account);
    void setAging(const core::AgedBalance &aged);
    void clear();
    // The figure as displayed, for tests and screen readers.
    QString text(Figure figure) const;
    // A bucket of the aging (core::AgedBalance::Bucket) as displayed.
    QString agingText(int bucket) const;

private:
    struct Tile
    {
        QWidget *frame = nullptr;
        QLabel *value = nullptr;
    };

    Tile addTile(const QString &caption, const QString &toolTip);
    QWidget *addAgingTile();
    void setFigure(Figure figure, const QString &value, const char *tone);
    static void setTone(QLabel *label, const char *tone);

    std::array<Tile, 4> m_tiles;
    std::array<QLabel *, 4> m_aging{};
};

} // namespace paydesk::ui
