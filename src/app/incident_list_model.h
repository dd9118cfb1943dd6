#pragma once
// The incidents the Incidents dock lists: severity, host, what, state, since when. Rows are
// replaced as a whole when the set of incidents changes, and updated in place when only their
// contents do, so a refresh every few seconds keeps the operator's selection.

#include "incident_repository.h"

#include <QAbstractTableModel>

namespace mirrorstage::app {

class IncidentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Host, Summary, State, Opened, ColumnCount };
    enum Role { IncidentIdRole = Qt::UserRole + 1, HostNameRole, SeverityKeyRole, StateKeyRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setIncidents(const QList<store::IncidentRecord> &incidents, qint64 nowMs);
    const QList<store::IncidentRecord> &incidents() const { return m_incidents; }
    std::optional<store::IncidentRecord> incident(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(const QString &state);
    static QString severityName(const QString &severity);

private:
    QList<store::IncidentRecord> m_incidents;
    qint64 m_nowMs = 0;
};

}  // namespace mirrorstage::app
