#include "ledger/SearchTerms.h"

#include "ledger/Patient.h"

namespace paydesk::core::SearchTerms {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && !result.contains(word))
            result.append(word);
        word.clear();
    };
    for (QChar c : fold(text)) {
        if (c.isLetterOrNumber())
            word.append(c);
        else if (c != u'\'' && c != u'\u2019') // O'Brien is one word: "obrien"
            flush();
    }
    flush();
    return result;
}

QStringList of(const Patient &patient)
{
    QStringList terms = words(patient.lastName);
    for (const QString &word : words(patient.firstName)) {
        if (!terms.contains(word))
            terms.append(word);
    }
    return terms;
}

} // namespace paydesk::core::SearchTerms
