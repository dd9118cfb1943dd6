#pragma once
// The store's schema as a list of migration steps. PRAGMA user_version holds the number of the
// last step applied; Database applies the missing ones in order, each in one transaction.
// A released step never changes: a new column or table is a new step at the end.

#include <QList>
#include <QString>
#include <QStringList>

namespace mirrorstage::store {

struct Migration {
    int version = 0;         // user_version after this step
    QStringList statements;  // one SQL statement each (QtSql runs one per exec)
};

const QList<Migration> &migrations();
int latestSchemaVersion();

}  // namespace mirrorstage::store
