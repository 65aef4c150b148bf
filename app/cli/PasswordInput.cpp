#include "PasswordInput.h"

#include "CliTr.h"

#include "util/Errors.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// A password is a line; anything longer than this is not a password file.
constexpr qint64 maxBytes = 4096;

QString withoutLineEnd(QByteArray bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

QString PasswordInput::fromFile(const QString &option, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        throw core::Refusal(CliTr::tr("%1: there is no file %2.").arg(option, shown));
    if (!S_ISREG(info.st_mode))
        throw core::Refusal(CliTr::tr("%1: %2 is not a regular file.").arg(option, shown));
    if ((info.st_mode & 077) != 0)
        throw core::Refusal(
                CliTr::tr("%1: %2 may be read by other users (mode %3); make it readable by its owner "
                          "only: chmod 600 %2.")
                        .arg(option, shown, QString::number(info.st_mode & 0777, 8).rightJustified(4, u'0')));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Refusal(CliTr::tr("%1: cannot read %2: %3.").arg(option, shown, file.errorString()));
    if (file.size() > maxBytes)
        throw core::Refusal(CliTr::tr("%1: %2 is longer than %3 bytes; it should hold the password alone.")
                                    .arg(option, shown)
                                    .arg(maxBytes));
    const QString password = withoutLineEnd(file.readAll());
    if (password.isEmpty())
        throw core::Refusal(CliTr::tr("%1: the file %2 is empty.").arg(option, shown));
    return password;
}

std::optional<QString> PasswordInput::fromTerminal(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    // The prompt goes to the terminal itself, not to the output a script may be reading.
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = ::fileno(tty);
    termios saved = {};
    ::tcgetattr(fd, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    ::tcsetattr(fd, TCSAFLUSH, &quiet);
    QByteArray line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.append(char(c));
    ::tcsetattr(fd, TCSAFLUSH, &saved);
    std::fclose(tty);
    return withoutLineEnd(line);
}

} // namespace paydesk::cli
