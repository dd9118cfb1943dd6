#pragma once
// How big the store is and what a sample costs on disk, for msctl and the console's status.

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct StoreStats {
    qint64 fileBytes = 0;  // the database file
    qint64 walBytes = 0;   // its -wal file (folded into the file at checkpoints)
    qint64 sampleCount = 0;
    double bytesPerSample = 0;  // (file + wal) / samples: everything the store keeps, per sample
    // Pages of the samples table and its index alone, when SQLite offers the dbstat table;
    // reading it touches every page, so it is measured only on request.
    std::optional<qint64> samplesTableBytes;

    static std::optional<StoreStats> collect(const QSqlDatabase &db, bool measureTables, QString *error);
};

}  // namespace mirrorstage::store
