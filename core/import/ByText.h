#pragma once

#include <QByteArrayView>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace paydesk::core::importing {

// Values worked out once per distinct spelling of a field (provider and clinic codes,
// payment methods): a row then costs one lookup by the field's bytes, not a string built,
// trimmed and hashed.
template<typename T>
class ByText
{
public:
    template<typename Compute>
    T get(QByteArrayView field, Compute compute)
    {
        // Rows in a row often repeat a value (a family's dentist and clinic).
        const std::string_view key(field.data(), size_t(field.size()));
        if (m_last != m_values.end() && m_last->first == key)
            return m_last->second;
        m_last = m_values.find(key);
        if (m_last == m_values.end())
            m_last = m_values.emplace(std::string(key), compute()).first;
        return m_last->second;
    }

    std::optional<T> find(QByteArrayView field) const
    {
        const auto found = m_values.find(std::string_view(field.data(), size_t(field.size())));
        return found != m_values.end() ? std::optional(found->second) : std::nullopt;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>{}(bytes); }
    };
    std::unordered_map<std::string, T, Hash, std::equal_to<>> m_values;
    typename std::unordered_map<std::string, T, Hash, std::equal_to<>>::const_iterator m_last = m_values.end();
};

} // namespace paydesk::core::importing
