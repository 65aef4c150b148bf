#include "ledger/Adjustment.h"

namespace paydesk::core {

QString adjustmentKindCode(Adjustment::Kind kind)
{
    switch (kind) {
    case Adjustment::Kind::Adjustment:
        return QStringLiteral("adjustment");
    case Adjustment::Kind::Void:
        return QStringLiteral("void");
    }
    return {};
}

Adjustment::Kind adjustmentKindFromCode(QAnyStringView code)
{
    return code == u"void" ? Adjustment::Kind::Void : Adjustment::Kind::Adjustment;
}

} // namespace paydesk::core
