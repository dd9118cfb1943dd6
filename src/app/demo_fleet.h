#pragma once
// A demo fleet on this machine: a dozen real reflector processes, each with its own name, rack,
// slot, key and outbox under one state directory, enrolled by one-time tokens and streaming real
// metrics of this host to the console's hub. The console starts it with `--demo-fleet` once the hub
// listens and stops it before the hub goes; the agents also die with the console if it is killed.
//
// The plan is fixed: 12 hosts, 4 in each of "rack-a", "rack-b" and "rack-c" (the names of
// resources/demo/racks.json), at rack units 2, 8, 14 and 20. Other counts cycle through it.
//
// The demo tells a story with a real fault: the last host of the plan (build-01 in the full
// fleet) is the one whose agent may run approved commands, and once the fleet runs, a process
// spinning on a CPU core ("demo-cpu-hog", a real process on this machine) starts "under" it. The
// demo's rules (writeDemoRules()) watch runaway processes on that host only, quickly: all the demo's
// agents read this one machine, and a real fleet's hosts each have their own processes.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace mirrorstage::app {

struct DemoHost {
    QString hostname;  // web-01 …; with more than 12 hosts, web-01-2, web-01-3 …
    QString role;      // web, api, db …: the host's first tag
    QString rack;      // rack-a, rack-b, rack-c
    int slot = 0;      // rack unit, 1-based from the bottom: position {0, slot, 0}
};

class DemoFleet : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultHosts = 12;
    static constexpr int kMaxHosts = 200;
    static constexpr int kMaxRestarts = 3;        // per host, for an agent that exits on its own
    static constexpr int kRestartDelayMs = 2000;
    static constexpr int kStopGraceMs = 3000;     // SIGTERM, then SIGKILL

    struct Options {
        QString databasePath;         // the console's store: tokens are made there
        QByteArray consolePublicKey;  // 32 raw bytes (Ed25519Key::publicKey())
        QString endpoint;             // the hub's listen URL, e.g. ws://127.0.0.1:7340/agents
        QString tlsCertificatePath;   // with wss://: the hub's certificate, which the agents pin
        int hostCount = kDefaultHosts;
        QString reflectorPath;        // empty: defaultReflectorPath()
        QString stateRoot;            // empty: defaultStateRoot()
        bool fault = true;            // start the CPU-hungry process under faultHost()
    };

    // The host the fault runs under: the last of the plan.
    static QString faultHost(int hostCount);
    // The demo's incident rules (over the defaults): the runaway-process rule on faultHost() only,
    // after 15 s above a third of a core, resolving 15 s after the process is gone. Written to `path`.
    static bool writeDemoRules(const QString &path, int hostCount, QString *error);

    // The first `count` hosts of the plan (1 to kMaxHosts).
    static QList<DemoHost> plan(int count);
    // Next to this program, else the build tree's agent/reflector; empty when neither exists.
    static QString defaultReflectorPath();
    static QStringList reflectorCandidates();
    // QStandardPaths::AppLocalDataLocation/demo-fleet.
    static QString defaultStateRoot();

    explicit DemoFleet(Options options, QObject *parent = nullptr);
    ~DemoFleet() override;  // stop()

    // Writes each host's configuration (with a fresh token) and starts its reflector. False with
    // *error in words when the binary is missing, the state directory cannot be written, a token
    // cannot be made or a reflector does not start; whatever was started is then stopped again.
    bool start(QString *error);
    // SIGTERM to every agent, up to kStopGraceMs for all to exit, then SIGKILL. No restarts after.
    void stop();

    QStringList hostnames() const;
    int running() const;
    qint64 faultPid() const;  // 0 when the fault process does not run
    QString stateRoot() const { return m_stateRoot; }
    QString reflectorPath() const { return m_reflectorPath; }

signals:
    // An agent exited without being asked to (exitCode -1: killed by a signal); lastLogLines is the
    // end of its reflector.log. It is restarted, kMaxRestarts times at most, kRestartDelayMs later.
    void hostExited(const QString &hostname, int exitCode, const QStringList &lastLogLines);

private:
    struct Host;
    bool writeConfig(Host &host, QString *error);
    bool launch(Host &host, bool truncateLog, QString *error);
    void onFinished(Host &host, int exitCode);
    void startFault();

    Options m_options;
    QString m_reflectorPath;
    QString m_stateRoot;
    std::vector<std::unique_ptr<Host>> m_hosts;
    std::unique_ptr<QProcess> m_fault;
    bool m_stopping = false;
};

}  // namespace mirrorstage::app
