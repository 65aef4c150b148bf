#include "users/PasswordHash.h"

#include "util/Errors.h"
#include "util/Tr.h"

#include <sodium.h>

#include <mutex>

namespace paydesk::core {

namespace {

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw StorageError(QStringLiteral("libsodium could not be initialised"));
    });
}

} // namespace

QString PasswordHash::problem(const QString &password)
{
    if (password.size() >= minimumLength)
        return {};
    return Tr::tr("The password has %1 characters; it needs at least %2.").arg(password.size()).arg(minimumLength);
}

QString PasswordHash::of(const QString &password)
{
    initialise();
    QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        throw StorageError(QStringLiteral("crypto_pwhash_str ran out of memory"));
    return QString::fromLatin1(hash);
}

bool PasswordHash::matches(const QString &hash, const QString &password)
{
    initialise();
    if (hash.isEmpty())
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

} // namespace paydesk::core
