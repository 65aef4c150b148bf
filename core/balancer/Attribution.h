#pragma once

#include <QtGlobal>

#include <tuple>

namespace paydesk::core {

// Whose production money belongs to: the patient, provider and clinic an allocation row
// carries. 0 means none (a payment posted without provider or clinic).
struct Attribution
{
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 clinicId = 0;

    bool operator==(const Attribution &) const = default;
    auto key() const { return std::tuple(patientId, providerId, clinicId); }
};

} // namespace paydesk::core
