#include "portal/FetchSummary.h"

#include "util/Tr.h"

#include <QLocale>

namespace paydesk::core::portal {

FetchSummary &FetchSummary::operator+=(const FetchSummary &other)
{
    files += other.files;
    filesSkipped += other.filesSkipped;
    posted += other.posted;
    postedTotal += other.postedTotal;
    refunds += other.refunds;
    duplicates += other.duplicates;
    skipped += other.skipped;
    exceptions += other.exceptions;
    return *this;
}

QJsonObject FetchSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("files"), files},
                       {QStringLiteral("files_skipped"), filesSkipped},
                       {QStringLiteral("posted"), posted},
                       {QStringLiteral("posted_total"), postedTotal.toString()},
                       {QStringLiteral("refunds"), refunds},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("exceptions"), exceptions}};
}

QString FetchSummary::line() const
{
    // Each count is its own plural phrase: languages put the noun's number differently.
    return Tr::tr("%1 (%2); %3; %4; %5; %6 (%7, %8).")
            .arg(Tr::tr("Posted %n payment(s)", nullptr, int(posted)),
                 postedTotal.toString(QLocale()),
                 Tr::tr("%n refund(s)", nullptr, int(refunds)),
                 Tr::tr("%n duplicate(s)", nullptr, int(duplicates)),
                 Tr::tr("%n skipped", nullptr, int(skipped)),
                 Tr::tr("%n exception(s)", nullptr, int(exceptions)),
                 Tr::tr("%n file(s) read", nullptr, int(files)),
                 Tr::tr("%n skipped", nullptr, int(filesSkipped)));
}

} // namespace paydesk::core::portal
