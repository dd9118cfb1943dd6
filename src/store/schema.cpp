#include "schema.h"

namespace mirrorstage::store {
namespace {

// Version 1. Portability: the statements below use SQL that PostgreSQL also understands, except
// for what is SQLite's own: "INTEGER PRIMARY KEY [AUTOINCREMENT]" (an alias of the rowid; an
// identity column in PostgreSQL), BLOB (bytea) and WITHOUT ROWID (drop it there). Reads and
// writes elsewhere in the store use portable DML (ON CONFLICT ... DO NOTHING/UPDATE, no MIN/MAX
// with two arguments, no INSERT OR ...).
QStringList initialSchema()
{
    return {
        QStringLiteral(
            "CREATE TABLE hosts ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " agent_id TEXT NOT NULL UNIQUE CHECK (length(agent_id) = 32),"
            " public_key BLOB NOT NULL CHECK (length(public_key) = 32),"
            " hostname TEXT NOT NULL,"
            " agent_version TEXT,"
            " rack TEXT,"
            " position_x REAL, position_y REAL, position_z REAL,"
            " tags TEXT NOT NULL DEFAULT '[]',"
            " facts TEXT NOT NULL DEFAULT '{}',"
            " enrollment_state TEXT NOT NULL DEFAULT 'pending'"
            "  CHECK (enrollment_state IN ('pending', 'accepted', 'rejected', 'revoked')),"
            " enrollment_changed_ms INTEGER NOT NULL,"
            " enrollment_changed_by TEXT NOT NULL,"
            " first_seen_ms INTEGER NOT NULL,"
            " last_seen_ms INTEGER NOT NULL,"
            " current_boot TEXT)"),
        // Only the SHA-256 of a token is kept: whoever reads the file cannot enrol an agent with it.
        QStringLiteral(
            "CREATE TABLE enrollment_tokens ("
            " id INTEGER PRIMARY KEY,"
            " token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),"
            " created_ms INTEGER NOT NULL,"
            " expires_ms INTEGER NOT NULL,"
            " used_ms INTEGER,"
            " used_by_agent TEXT,"
            " note TEXT NOT NULL DEFAULT '')"),
        // A small integer per (host, boot) keeps the per-sample key short; acked_seq is the highest
        // seq up to which every record of the boot is stored or covered by a gap. Ids of hosts and
        // boots are never reused (AUTOINCREMENT): the writer keeps per-boot progress by id, and a
        // removed host's id coming back for another would hand it someone else's progress.
        QStringLiteral(
            "CREATE TABLE boots ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,"
            " boot_id TEXT NOT NULL,"
            " started_ms INTEGER NOT NULL,"
            " acked_seq INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (host_id, boot_id))"),
        // The key series of every sample; see sample_series.h for units. WITHOUT ROWID makes
        // (boot, seq) the table's own b-tree key: deduplication costs no extra index, and the
        // only index is the one time-range queries need. No host column: the boot implies it.
        // Measured by bench/store_bytes_per_sample (100,000 samples of 50 made-up hosts, 5 s
        // apart, written through StoreWriter, then VACUUM; sizes per table from SQLite's dbstat):
        // samples 69.1 + samples_by_time 16.1 = 85.2 bytes per sample; the whole file, with the
        // minute rollups (7.7) and the newest full sample per host (3.3), 96.8 bytes per sample.
        QStringLiteral(
            "CREATE TABLE samples ("
            " boot INTEGER NOT NULL REFERENCES boots (id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL,"
            " ts_ms INTEGER NOT NULL,"
            " cpu_busy_x100 INTEGER, cpu_iowait_x100 INTEGER, cpu_steal_x100 INTEGER,"
            " core_busy_max_x100 INTEGER, core_busy_mean_x100 INTEGER,"
            " mem_used_x100 INTEGER, swap_used_x100 INTEGER,"
            " load1_x100 INTEGER, load5_x100 INTEGER, load15_x100 INTEGER,"
            " fs_used_x100 INTEGER, fs_inodes_used_x100 INTEGER,"
            " net_rx_bps INTEGER, net_tx_bps INTEGER, net_rx_faults_x100 INTEGER, net_tx_faults_x100 INTEGER,"
            " disk_read_bps INTEGER, disk_write_bps INTEGER, disk_busy_max_x100 INTEGER,"
            " cpu_temp_x100 INTEGER, gpu_temp_x100 INTEGER,"
            " processes INTEGER,"
            " PRIMARY KEY (boot, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX samples_by_time ON samples (boot, ts_ms)"),
        QStringLiteral(
            "CREATE TABLE latest_samples ("
            " host_id INTEGER PRIMARY KEY REFERENCES hosts (id) ON DELETE CASCADE,"
            " boot_id TEXT NOT NULL,"
            " seq INTEGER NOT NULL,"
            " ts_ms INTEGER NOT NULL,"
            " received_ms INTEGER NOT NULL,"
            " sample BLOB NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE minute_rollups ("
            " host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,"
            " minute_ms INTEGER NOT NULL,"
            " sample_count INTEGER NOT NULL,"
            " cpu_busy_x100_min INTEGER, cpu_busy_x100_avg INTEGER, cpu_busy_x100_max INTEGER,"
            " mem_used_x100_min INTEGER, mem_used_x100_avg INTEGER, mem_used_x100_max INTEGER,"
            " swap_used_x100_min INTEGER, swap_used_x100_avg INTEGER, swap_used_x100_max INTEGER,"
            " load1_x100_min INTEGER, load1_x100_avg INTEGER, load1_x100_max INTEGER,"
            " fs_used_x100_min INTEGER, fs_used_x100_avg INTEGER, fs_used_x100_max INTEGER,"
            " net_rx_bps_min INTEGER, net_rx_bps_avg INTEGER, net_rx_bps_max INTEGER,"
            " net_tx_bps_min INTEGER, net_tx_bps_avg INTEGER, net_tx_bps_max INTEGER,"
            " disk_busy_max_x100_min INTEGER, disk_busy_max_x100_avg INTEGER, disk_busy_max_x100_max INTEGER,"
            " cpu_temp_x100_min INTEGER, cpu_temp_x100_avg INTEGER, cpu_temp_x100_max INTEGER,"
            " PRIMARY KEY (host_id, minute_ms)) WITHOUT ROWID"),
        // `seq` is the gap record's own place in the boot's sequence; first..last are the records
        // the agent's outbox dropped.
        QStringLiteral(
            "CREATE TABLE gaps ("
            " boot INTEGER NOT NULL REFERENCES boots (id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL,"
            " first_lost_seq INTEGER NOT NULL,"
            " last_lost_seq INTEGER NOT NULL,"
            " lost_count INTEGER NOT NULL,"
            " reason TEXT,"
            " received_ms INTEGER NOT NULL,"
            " PRIMARY KEY (boot, seq),"
            " CHECK (first_lost_seq >= 1 AND last_lost_seq >= first_lost_seq))"),
        // severity is the syslog priority, 0 (emerg) to 7 (debug), as journald reports it.
        QStringLiteral(
            "CREATE TABLE log_events ("
            " boot INTEGER NOT NULL REFERENCES boots (id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL,"
            " ts_ms INTEGER NOT NULL,"
            " source TEXT,"
            " severity INTEGER,"
            " message TEXT NOT NULL,"
            " PRIMARY KEY (boot, seq))"),
        QStringLiteral("CREATE INDEX log_events_by_time ON log_events (boot, ts_ms)"),
    };
}


// Version 5: incidents, their transitions, AI proposals, command executions, the hash-chained
// audit log and AI token usage. Times are ms since the epoch; JSON columns hold small objects.
QStringList remediationSchema()
{
    return {
        QStringLiteral(
            "CREATE TABLE incidents ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " agent_id TEXT NOT NULL,"
            " hostname TEXT NOT NULL,"
            " rule_id TEXT NOT NULL,"
            " subject TEXT NOT NULL DEFAULT '',"
            " kind TEXT NOT NULL,"
            " severity TEXT NOT NULL CHECK (severity IN ('warning', 'critical')),"
            " state TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'remediating', 'resolved')),"
            " summary TEXT NOT NULL,"
            " facts TEXT NOT NULL DEFAULT '{}',"
            " opened_ms INTEGER NOT NULL,"
            " updated_ms INTEGER NOT NULL,"
            " resolved_ms INTEGER,"
            " silenced_until_ms INTEGER,"
            " flapping INTEGER NOT NULL DEFAULT 0,"
            " reopen_count INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE UNIQUE INDEX incidents_one_unresolved ON incidents (agent_id, rule_id, subject)"
                       " WHERE state <> 'resolved'"),
        QStringLiteral("CREATE INDEX incidents_by_time ON incidents (opened_ms)"),
        QStringLiteral(
            "CREATE TABLE incident_transitions ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
            " at_ms INTEGER NOT NULL,"
            " from_state TEXT, to_state TEXT NOT NULL,"
            " severity TEXT NOT NULL,"
            " actor TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX transitions_by_incident ON incident_transitions (incident_id, at_ms)"),
        QStringLiteral(
            "CREATE TABLE proposals ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
            " provider TEXT NOT NULL, model TEXT NOT NULL DEFAULT '',"
            " analysis TEXT NOT NULL DEFAULT '',"
            " title TEXT NOT NULL,"
            " expected_effect TEXT NOT NULL DEFAULT '',"
            " rollback TEXT NOT NULL DEFAULT '',"
            " verification TEXT NOT NULL DEFAULT '',"
            " provider_risk TEXT NOT NULL DEFAULT '',"
            " risk_level TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),"
            " state TEXT NOT NULL CHECK (state IN ('proposed', 'approved', 'rejected', 'executed', 'failed', 'superseded')),"
            " created_ms INTEGER NOT NULL,"
            " decided_by TEXT, decided_ms INTEGER, decision_note TEXT)"),
        QStringLiteral("CREATE INDEX proposals_by_incident ON proposals (incident_id)"),
        QStringLiteral(
            "CREATE TABLE proposal_commands ("
            " proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,"
            " ordinal INTEGER NOT NULL,"
            " script TEXT NOT NULL,"
            " purpose TEXT NOT NULL DEFAULT '',"
            " risk_level TEXT NOT NULL,"
            " risk_reasons TEXT NOT NULL DEFAULT '[]',"
            " PRIMARY KEY (proposal_id, ordinal))"),
        // One row per command sent (or to be sent) to a host. `id` travels in the signed command
        // frame and comes back in the agent's result record.
        QStringLiteral(
            "CREATE TABLE executions ("
            " id TEXT PRIMARY KEY,"
            " proposal_id INTEGER REFERENCES proposals (id) ON DELETE SET NULL,"
            " ordinal INTEGER NOT NULL DEFAULT 0,"
            " purpose TEXT NOT NULL DEFAULT 'remediation' CHECK (purpose IN ('remediation', 'verification')),"
            " agent_id TEXT NOT NULL,"
            " script TEXT NOT NULL,"
            " risk_level TEXT NOT NULL,"
            " approved_by TEXT NOT NULL,"
            " approved_ms INTEGER NOT NULL,"
            " timeout_ms INTEGER NOT NULL,"
            " not_after_ms INTEGER NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('approved', 'dispatched', 'completed', 'failed', 'refused', 'expired')),"
            " channel TEXT NOT NULL DEFAULT 'agent',"
            " dispatched_ms INTEGER, finished_ms INTEGER,"
            " exit_code INTEGER, timed_out INTEGER, truncated INTEGER, duration_ms INTEGER,"
            " refusal_code TEXT, reason TEXT,"
            " stdout_tail TEXT, stderr_tail TEXT)"),
        QStringLiteral("CREATE INDEX executions_waiting ON executions (state) WHERE state IN ('approved', 'dispatched')"),
        QStringLiteral(
            "CREATE TABLE command_results ("
            " boot INTEGER NOT NULL REFERENCES boots (id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL,"
            " command_id TEXT NOT NULL,"
            " received_ms INTEGER NOT NULL,"
            " body BLOB NOT NULL,"
            " PRIMARY KEY (boot, seq))"),
        QStringLiteral("CREATE INDEX command_results_by_command ON command_results (command_id)"),
        // Append-only; each row's hash covers its content and the previous row's hash, so an
        // edited or deleted row breaks the chain from there on (AuditChain::verify).
        QStringLiteral(
            "CREATE TABLE audit_log ("
            " seq INTEGER PRIMARY KEY,"
            " at_ms INTEGER NOT NULL,"
            " actor TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " subject TEXT NOT NULL DEFAULT '',"
            " details TEXT NOT NULL DEFAULT '{}',"
            " prev_hash BLOB NOT NULL,"
            " hash BLOB NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE ai_usage ("
            " day TEXT NOT NULL,"
            " provider TEXT NOT NULL,"
            " model TEXT NOT NULL,"
            " requests INTEGER NOT NULL DEFAULT 0,"
            " failures INTEGER NOT NULL DEFAULT 0,"
            " input_tokens INTEGER NOT NULL DEFAULT 0,"
            " output_tokens INTEGER NOT NULL DEFAULT 0,"
            " cost_micro_usd INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (day, provider, model))"),
    };
}
}  // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1, initialSchema()},
        // The console's public key (not its private key, which is in the keychain), so that
        // msctl can print the configuration an agent needs to pin it.
        {2,
         {QStringLiteral("CREATE TABLE console_identity ("
                         " id INTEGER PRIMARY KEY CHECK (id = 1),"
                         " public_key BLOB NOT NULL CHECK (length(public_key) = 32),"
                         " saved_ms INTEGER NOT NULL)")}},
        // A gap record may name records lost from an earlier boot (the outbox holds several):
        // lost_boot is that boot; NULL means the gap record's own boot.
        {3,
         {QStringLiteral("ALTER TABLE gaps ADD COLUMN lost_boot INTEGER REFERENCES boots (id) ON DELETE CASCADE"),
          QStringLiteral("CREATE INDEX gaps_by_lost_boot ON gaps (lost_boot) WHERE lost_boot IS NOT NULL")}},
        // Where the operator moved a host in the rack view. Kept apart from hosts.rack/position,
        // which the agent's hello overwrites at every connection.
        {4,
         {QStringLiteral("CREATE TABLE host_placements ("
                         " agent_id TEXT PRIMARY KEY REFERENCES hosts (agent_id) ON DELETE CASCADE,"
                         " rack TEXT NOT NULL CHECK (length(rack) > 0),"
                         " position_x REAL NOT NULL, position_y REAL NOT NULL, position_z REAL NOT NULL,"
                         " placed_by TEXT NOT NULL,"
                         " placed_ms INTEGER NOT NULL)")}},
        // Incidents and what was done about them (issue 5). At most one incident per (host, rule,
        // subject) is not resolved: the partial unique index makes "open it" idempotent.
        {5, remediationSchema()},
        // How to reach a host over SSH (issue 6): for an agent's host (agent_id) or a host without
        // an agent (agent_id NULL). Passwords and key passphrases stay in the keychain. An
        // execution for an agentless host has agent_id '' and names the host in ssh_host.
        {6,
         {QStringLiteral("CREATE TABLE ssh_hosts ("
                         " name TEXT PRIMARY KEY CHECK (length(name) > 0),"
                         " agent_id TEXT UNIQUE REFERENCES hosts (agent_id) ON DELETE SET NULL,"
                         " address TEXT NOT NULL CHECK (length(address) > 0),"
                         " port INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),"
                         " login_user TEXT NOT NULL CHECK (length(login_user) > 0),"
                         " key_file TEXT NOT NULL DEFAULT '',"
                         " jump_host TEXT NOT NULL DEFAULT '',"
                         " created_ms INTEGER NOT NULL,"
                         " updated_ms INTEGER NOT NULL)"),
          QStringLiteral("ALTER TABLE executions ADD COLUMN ssh_host TEXT")}},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

}  // namespace mirrorstage::store
