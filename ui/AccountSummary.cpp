#include "AccountSummary.h"

#include "ledger/FamilyAccount.h"
#include "reports/Aging.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {
// The tone property drives the strip's style sheet: what needs the clerk's eye is coloured.
constexpr const char *neutral = "neutral";
constexpr const char *owed = "owed";
constexpr const char *credit = "credit";
constexpr const char *negative = "negative";

const char *toneOf(const core::Money &value, const char *positiveTone)
{
    if (value.isNegative())
        return negative;
    return value.isPositive() ? positiveTone : neutral;
}
} // namespace

AccountSummary::AccountSummary(QWidget *parent) : QWidget(parent)
{
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    m_tiles[size_t(Figure::Balance)] =
        addTile(tr("Balance"), tr("Charges and adjustments minus payments, however they are allocated"));
    m_tiles[size_t(Figure::Unallocated)] =
        addTile(tr("Unallocated credit"), tr("Money received that is not yet applied to any charge"));
    m_tiles[size_t(Figure::Unearned)] = addTile(tr("Unearned"), tr("Credit kept on purpose as a prepayment"));
    m_tiles[size_t(Figure::Outstanding)] =
        addTile(tr("Outstanding"), tr("What is still owed on charges and adjustments"));
    for (const Tile &tile : m_tiles)
        tiles->addWidget(tile.frame, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(tiles);
    layout->addWidget(addAgingTile());

    setStyleSheet(QStringLiteral(
        "QFrame#summaryTile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
        "QLabel#summaryCaption { color: palette(dark); }"
        "QLabel#summaryValue { font-size: 17pt; font-weight: 600; }"
        "QLabel#agingValue { font-weight: 600; }"
        "QLabel#agingValue[tone=\"owed\"] { color: #1f3f77; }"
        "QLabel#summaryValue[tone=\"owed\"] { color: #1f3f77; }"
        "QLabel#summaryValue[tone=\"credit\"] { color: #1d7a35; }"
        "QLabel#summaryValue[tone=\"negative\"] { color: #b01c1c; }"));
    clear();
}

AccountSummary::Tile AccountSummary::addTile(const QString &caption, const QString &toolTip)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("summaryTile"));
    frame->setToolTip(toolTip);
    auto *captionLabel = new QLabel(caption, frame);
    captionLabel->setObjectName(QStringLiteral("summaryCaption"));
    auto *value = new QLabel(frame);
    value->setObjectName(QStringLiteral("summaryValue"));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    return {frame, value};
}

QWidget *AccountSummary::addAgingTile()
{
    // One slim row under the tiles: the strip stays narrow enough for a 1024-pixel screen.
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("summaryTile"));
    frame->setToolTip(tr("The balance by the age of the charges it comes from, in days as of today: money pays "
                         "the oldest charges first, whatever the allocations"));
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(12, 4, 12, 4);
    row->setSpacing(6);
    auto *title = new QLabel(tr("Aging (days)"), frame);
    title->setObjectName(QStringLiteral("summaryCaption"));
    row->addWidget(title);
    for (int bucket = 0; bucket < core::AgedBalance::bucketCount; ++bucket) {
        row->addStretch(1);
        auto *caption = new QLabel(core::Aging::bucketLabel(core::AgedBalance::Bucket(bucket)), frame);
        caption->setObjectName(QStringLiteral("summaryCaption"));
        auto *value = new QLabel(frame);
        value->setObjectName(QStringLiteral("agingValue"));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setBuddy(value);
        row->addWidget(caption);
        row->addWidget(value);
        m_aging[size_t(bucket)] = value;
    }
    return frame;
}

void AccountSummary::setAccount(const core::FamilyAccount &account)
{
    const QLocale locale;
    const core::Money balance = account.balance();
    const core::Money unallocated = account.unallocated();
    const core::Money unearned = account.unearned();
    const core::Money outstanding = account.outstanding();
    setFigure(Figure::Balance, balance.toString(locale), toneOf(balance, owed));
    setFigure(Figure::Unallocated, unallocated.toString(locale), toneOf(unallocated, credit));
    setFigure(Figure::Unearned, unearned.toString(locale), toneOf(unearned, credit));
    setFigure(Figure::Outstanding, outstanding.toString(locale), toneOf(outstanding, owed));
}

void AccountSummary::setAging(const core::AgedBalance &aged)
{
    const QLocale locale;
    for (size_t bucket = 0; bucket < m_aging.size(); ++bucket) {
        m_aging[bucket]->setText(aged.buckets[bucket].toString(locale));
        setTone(m_aging[bucket], aged.buckets[bucket].isPositive() ? owed : neutral);
    }
}

void AccountSummary::clear()
{
    for (Figure figure : {Figure::Balance, Figure::Unallocated, Figure::Unearned, Figure::Outstanding})
        setFigure(figure, QStringLiteral("–"), neutral);
    for (QLabel *label : m_aging) {
        label->setText(QStringLiteral("–"));
        setTone(label, neutral);
    }
}

QString AccountSummary::agingText(int bucket) const
{
    return m_aging.at(size_t(bucket))->text();
}

QString AccountSummary::text(Figure figure) const
{
    return m_tiles[size_t(figure)].value->text();
}

void AccountSummary::setFigure(Figure figure, const QString &value, const char *tone)
{
    QLabel *label = m_tiles[size_t(figure)].value;
    label->setText(value);
    setTone(label, tone);
}

void AccountSummary::setTone(QLabel *label, const char *tone)
{
    label->setProperty("tone", QString::fromLatin1(tone));
    // A dynamic property only restyles after a re-polish.
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace paydesk::ui
