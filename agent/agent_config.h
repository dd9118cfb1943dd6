#pragma once
// The reflector's JSON configuration. Every key is checked at start; a bad value is refused with
// a message that names the key and says what is wrong. Nothing is guessed: a string where a number
// belongs, an unknown key (a typo) or an out-of-range value stops the agent.
//
// Keys (all optional): endpoint, console_public_key, enrollment_token, tls_pin_sha256, state_dir,
// outbox_max_megabytes, outbox_max_age_hours, hostname_override, rack, position {x,y,z},
// interval_seconds, tags, top_k, include_network_filesystems, commands {enabled, run_as, deny,
// allow, max_timeout_seconds, max_output_kib, working_dir, max_concurrent},
// log_watch {journal, journal_directory, files, patterns, default_patterns, max_per_minute,
// start_at_end}. README.md describes each.

#include "host_sample.h"
#include "log_watch_config.h"

#include <QCoreApplication>
#include <QUrl>
#include <optional>

namespace mirrorstage::reflector {

// The `commands` object: whether and how this agent runs commands the console signed.
struct CommandsConfig {
    bool enabled = false;
    QString runAs;                     // empty: the agent's own user
    QStringList deny;                  // the operator's patterns, checked besides the built-in ones
    std::optional<QStringList> allow;  // when set, a script runs only if one of these matches it whole
    int maxTimeoutSeconds = 3600;
    int maxOutputKib = 1024;  // per stream
    QString workingDir = QStringLiteral("/");
    int maxConcurrent = 4;

    static constexpr int kMaxTimeoutSeconds = 86400;
    static constexpr int kMaxOutputKib = 1024 * 1024;
    static constexpr int kMaxConcurrent = 64;
};

struct AgentConfig {
    QUrl endpoint;             // ws:// or wss:// of the console; empty until enrolled
    QString hostnameOverride;  // empty: the kernel's hostname
    QString rack;
    std::optional<RackPosition> position;
    double intervalSeconds = 5.0;
    QStringList tags;
    int topK = 5;  // 0 turns process lists off
    bool includeNetworkFilesystems = false;

    // Streaming to the console (all needed once `endpoint` is set, but the token).
    QByteArray consolePublicKey;  // 32 raw bytes, pinned at enrollment
    QString enrollmentToken;      // one-time; accepted automatically when still valid
    QByteArray tlsPinSha256;      // 32 bytes: accept exactly this certificate for wss://
    QString stateDir;             // empty: the default (see defaultStateDir())
    qint64 outboxMaxBytes = 256ll * 1024 * 1024;
    qint64 outboxMaxAgeSeconds = 7 * 24 * 3600;
    CommandsConfig commands;
    LogWatchConfig logWatch;  // `log_watch`: journal and files (agent/logwatch/log_watch_config.h)

    static constexpr double kMinIntervalSeconds = 0.1;
    static constexpr double kMaxIntervalSeconds = 3600.0;
    static constexpr int kMaxTopK = 100;
};

class AgentConfigLoader {
    Q_DECLARE_TR_FUNCTIONS(AgentConfigLoader)
public:
    // On failure returns nothing and sets *error to one sentence for the operator.
    static std::optional<AgentConfig> parse(const QByteArray &json, QString *error);
    static std::optional<AgentConfig> load(const QString &path, QString *error);

    // /var/lib/mirrorstage-reflector for root, else the user's XDG data directory.
    static QString defaultStateDir();

    // --config wins, then $MIRROR_STAGE_REFLECTOR_CONFIG; empty when neither is set.
    static QString chooseConfigPath(const QString &commandLinePath);
};

}  // namespace mirrorstage::reflector
