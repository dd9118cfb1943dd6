#pragma once
// AI token usage and its cost, per day (UTC), provider and model; failed requests are counted too.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mirrorstage::store {

struct UsageRow {
    QString day;  // yyyy-MM-dd, UTC
    QString provider, model;
    qint64 requests = 0, failures = 0, inputTokens = 0, outputTokens = 0;
    qint64 costMicroUsd = 0;  // millionths of a US dollar, from the configured price table
};

class UsageRepository {
    Q_DECLARE_TR_FUNCTIONS(UsageRepository)
public:
    explicit UsageRepository(const QSqlDatabase &db) : m_db(db) {}

    bool record(const UsageRow &delta, QString *error);
    QList<UsageRow> since(const QString &firstDay, QString *error) const;

    static QString dayOf(qint64 ms);

private:
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
