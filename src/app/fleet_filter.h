#pragma once
// The Fleet dock's filter. Words are ANDed; each matches a host's name, agent id, rack, tags or
// health, case-insensitively. A word can be aimed: "tag:web", "rack:rack-a", "state:critical"
// (health key or its translated name), "name:db". A rack stays visible while a host of it does.

#include <QSortFilterProxyModel>

namespace mirrorstage::app {

class FleetFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FleetFilter(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term {
        QString field;  // "", "tag", "rack", "state", "name"
        QString text;
    };
    QString m_query;
    QList<Term> m_terms;
};

}  // namespace mirrorstage::app
