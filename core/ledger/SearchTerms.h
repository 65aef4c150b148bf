#pragma once

#include <QStringList>

namespace paydesk::core {

struct Patient;

// The words a patient is found by. Each word of the last and first names is kept folded
// (lower case, accents taken off), so that "maria", "María" and "MARIA" find María, a
// word of a compound name ("cruz" in "De la Cruz") finds it, and a typed search is
// folded the same way before it is compared.
namespace SearchTerms {

QString fold(const QString &text);
// The distinct folded words of `text`, split at anything but a letter, a digit or an
// apostrophe, which is dropped (O'Brien is "obrien").
QStringList words(const QString &text);
QStringList of(const Patient &patient);

} // namespace SearchTerms

} // namespace paydesk::core
