#include "incident_list_model.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace mirrorstage::app {

QString IncidentListModel::stateName(const QString &state)
{
    if (state == QLatin1String("open"))
        return tr("open");
    if (state == QLatin1String("acknowledged"))
        return tr("acknowledged");
    if (state == QLatin1String("remediating"))
        return tr("remediating");
    if (state == QLatin1String("resolved"))
        return tr("resolved");
    return state;
}

QString IncidentListModel::severityName(const QString &severity)
{
    return severity == QLatin1String("critical") ? tr("critical") : tr("warning");
}

void IncidentListModel::setIncidents(const QList<store::IncidentRecord> &incidents, qint64 nowMs)
{
    m_nowMs = nowMs;
    bool sameRows = incidents.size() == m_incidents.size();
    for (qsizetype i = 0; sameRows && i < incidents.size(); ++i)
        sameRows = incidents.at(i).id == m_incidents.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_incidents = incidents;
        endResetModel();
        return;
    }
    m_incidents = incidents;
    if (!m_incidents.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<store::IncidentRecord> IncidentListModel::incident(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_incidents.at(row);
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_incidents.size(); ++i) {
        if (m_incidents.at(i).id == id)
            return int(i);
    }
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::IncidentRecord &incident = m_incidents.at(index.row());
    switch (role) {
    case IncidentIdRole: return incident.id;
    case HostNameRole: return incident.hostname;
    case SeverityKeyRole: return incident.severity;
    case StateKeyRole: return incident.state;
    case Qt::ToolTipRole: return incident.summary;
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return QColor(incident.severity == QLatin1String("critical") ? QStringLiteral("#c62828") : QStringLiteral("#b26a00"));
        if (incident.state == QLatin1String("resolved") || incident.isSilencedAt(m_nowMs))
            return QColor(Qt::gray);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Severity: return severityName(incident.severity);
    case Host: return incident.hostname;
    case Summary: return incident.summary;
    case State:
        return incident.isSilencedAt(m_nowMs) ? tr("%1, silenced").arg(stateName(incident.state)) : stateName(incident.state);
    case Opened: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(incident.openedMs), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Host: return tr("Host");
    case Summary: return tr("What");
    case State: return tr("State");
    case Opened: return tr("Opened");
    default: return {};
    }
}

}  // namespace mirrorstage::app
