#pragma once
// The host the operator is looking at. One object shared by the fleet tree, the 3D scene and
// the details dock, so that selecting in any of them selects in all.

#include <QObject>
#include <QString>

namespace mirrorstage::core {

class HostSelection : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString agentId READ agentId WRITE select NOTIFY changed)
public:
    using QObject::QObject;
    QString agentId() const { return m_agentId; }
    void select(const QString &agentId)
    {
        if (agentId == m_agentId)
            return;
        m_agentId = agentId;
        emit changed(m_agentId);
    }
    void clear() { select(QString()); }

signals:
    void changed(const QString &agentId);

private:
    QString m_agentId;
};

}  // namespace mirrorstage::core
