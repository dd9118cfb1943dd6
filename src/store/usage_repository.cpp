#include "usage_repository.h"

#include "sql_support.h"

#include <QDateTime>

namespace mirrorstage::store {

QString UsageRepository::dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

bool UsageRepository::record(const UsageRow &delta, QString *error)
{
    QSqlQuery upsert(m_db);
    if (!prepare(upsert, m_db,
                 QStringLiteral("INSERT INTO ai_usage (day, provider, model, requests, failures, input_tokens,"
                                " output_tokens, cost_micro_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (day, provider, model) DO UPDATE SET"
                                " requests = ai_usage.requests + excluded.requests,"
                                " failures = ai_usage.failures + excluded.failures,"
                                " input_tokens = ai_usage.input_tokens + excluded.input_tokens,"
                                " output_tokens = ai_usage.output_tokens + excluded.output_tokens,"
                                " cost_micro_usd = ai_usage.cost_micro_usd + excluded.cost_micro_usd"),
                 error))
        return false;
    for (const QVariant &value : QVariantList{delta.day, delta.provider, notNull(delta.model), delta.requests,
                                              delta.failures, delta.inputTokens, delta.outputTokens, delta.costMicroUsd})
        upsert.addBindValue(value);
    return run(upsert, m_db, error);
}

QList<UsageRow> UsageRepository::since(const QString &firstDay, QString *error) const
{
    QList<UsageRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, m_db,
                 QStringLiteral("SELECT day, provider, model, requests, failures, input_tokens, output_tokens,"
                                " cost_micro_usd FROM ai_usage WHERE day >= ? ORDER BY day, provider, model"),
                 error))
        return rows;
    q.addBindValue(firstDay);
    if (!run(q, m_db, error))
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong()});
    return rows;
}

}  // namespace mirrorstage::store
