#pragma once

#include <QCoreApplication>

namespace paydesk::cli {

// Translation context for the command-line tool's messages and help text.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(PayDeskCli)
};

} // namespace paydesk::cli
