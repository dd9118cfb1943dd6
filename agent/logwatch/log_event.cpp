#include "log_event.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>

namespace mirrorstage::reflector {

QByteArray logEventToCbor(const LogEvent &event)
{
    QCborMap map;
    map.insert(QStringLiteral("ts_ms"), event.tsMs);
    map.insert(QStringLiteral("source"), event.source);
    map.insert(QStringLiteral("severity"), event.severity);
    map.insert(QStringLiteral("message"), event.message);
    map.insert(QStringLiteral("pattern"), event.pattern);
    if (!event.unit.isEmpty())
        map.insert(QStringLiteral("unit"), event.unit);
    return map.toCborValue().toCbor();
}

QByteArray logEventToJson(const LogEvent &event)
{
    QJsonObject object{
        {QStringLiteral("ts_ms"), event.tsMs},
        {QStringLiteral("source"), event.source},
        {QStringLiteral("severity"), event.severity},
        {QStringLiteral("message"), event.message},
        {QStringLiteral("pattern"), event.pattern},
    };
    if (!event.unit.isEmpty())
        object.insert(QStringLiteral("unit"), event.unit);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<LogEvent> logEventFromCbor(const QByteArray &cbor)
{
    const QCborValue value = QCborValue::fromCbor(cbor);
    if (!value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    if (!map.value(QStringLiteral("message")).isString() || !map.value(QStringLiteral("ts_ms")).isInteger())
        return std::nullopt;
    LogEvent event;
    event.tsMs = map.value(QStringLiteral("ts_ms")).toInteger();
    event.source = map.value(QStringLiteral("source")).toString();
    event.severity = int(map.value(QStringLiteral("severity")).toInteger(3));
    event.message = map.value(QStringLiteral("message")).toString();
    event.pattern = map.value(QStringLiteral("pattern")).toString();
    event.unit = map.value(QStringLiteral("unit")).toString();
    return event;
}

}  // namespace mirrorstage::reflector
