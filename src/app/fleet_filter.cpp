#include "fleet_filter.h"

#include "fleet_tree_model.h"

namespace mirrorstage::app {

FleetFilter::FleetFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void FleetFilter::setQuery(const QString &query)
{
    m_query = query;
    QList<Term> terms;
    for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        const QString field = colon > 0 ? word.left(colon).toLower() : QString();
        if (colon > 0 && (field == QLatin1String("tag") || field == QLatin1String("rack")
                          || field == QLatin1String("state") || field == QLatin1String("name"))) {
            terms.append({field, word.mid(colon + 1)});
        } else {
            terms.append({QString(), word});
        }
    }
    m_terms = terms;
    invalidateFilter();
}

bool FleetFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool isRack = row.data(FleetTreeModel::IsRackRole).toBool();
    if (m_terms.isEmpty())
        return true;
    if (isRack)
        return false;  // shown as the parent of a matching host (recursive filtering)
    for (const Term &term : m_terms) {
        bool match = false;
        if (term.field.isEmpty()) {
            match = row.data(FleetTreeModel::SearchTextRole).toString().contains(term.text, Qt::CaseInsensitive);
        } else if (term.field == QLatin1String("tag")) {
            const QStringList tags = row.data(FleetTreeModel::TagsRole).toStringList();
            match = tags.contains(term.text, Qt::CaseInsensitive);
        } else if (term.field == QLatin1String("rack")) {
            match = row.data(FleetTreeModel::RackRole).toString().compare(term.text, Qt::CaseInsensitive) == 0
                || (term.text.isEmpty() && row.data(FleetTreeModel::RackRole).toString().isEmpty());
        } else if (term.field == QLatin1String("state")) {
            match = row.data(FleetTreeModel::HealthKeyRole).toString().compare(term.text, Qt::CaseInsensitive) == 0
                || sourceModel()->index(sourceRow, FleetTreeModel::HealthColumn, sourceParent)
                           .data().toString().compare(term.text, Qt::CaseInsensitive) == 0;
        } else if (term.field == QLatin1String("name")) {
            match = row.data(Qt::DisplayRole).toString().contains(term.text, Qt::CaseInsensitive);
        }
        if (!match)
            return false;
    }
    return true;
}

}  // namespace mirrorstage::app
