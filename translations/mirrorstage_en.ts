<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchWriter</name>
    <message>
        <source>Agent %1 is not enrolled; its records were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is %2, not accepted; its records were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of agent %2 has no valid boot id; nothing of this submission was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of agent %1 (boot %2) has seq %3, but seqs run from 1 to 2^63-1; nothing of this submission was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of agent %2 (boot %3) is not a CBOR map; nothing of this submission was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap record %1 of agent %2 (boot %3) does not say which records were lost (needs integers first_seq and last_seq, 1 &lt;= first_seq &lt;= last_seq); nothing of this submission was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log record %1 of agent %2 (boot %3) has no message text; nothing of this submission was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of agent %2 (boot %3) is of an unknown kind; nothing of this submission was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot %1 just written for host %2 cannot be read back from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleIdentity</name>
    <message>
        <source>cannot save the console&apos;s public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the console&apos;s public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleKey</name>
    <message>
        <source>the keychain entry &quot;%1&quot; is not an Ed25519 key; remove it to make a new one (agents must then be enrolled again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The console keeps its signing key there, so the hub is not started. On a server without a keychain, start with --key-file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 key (libcrypto failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the console&apos;s new signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSettingsLoader</name>
    <message>
        <source>Run the hub and the store without a window (servers, tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where agents connect: ADDRESS:PORT (default 127.0.0.1:7340).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database (default: in the XDG data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the console&apos;s signing key in this file (mode 0600) instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve wss:// with this PEM certificate chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a demo fleet: reflector agents on this machine, in three racks, streaming to this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hosts the demo fleet has, 1 to %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflector program the demo fleet runs (default: next to mirrorstage, else in the build tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the demo fleet keeps its agents&apos; configuration, keys, outboxes and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on; use ADDRESS:PORT such as 127.0.0.1:7340</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate (--tls-cert) and its key (--tls-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub/missed_intervals_offline in %1 must be a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub/pending_retry_seconds in %1 must be a whole number from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 must be a number of days from 0.01 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --demo-fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-hosts takes a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of QtSql (QSQLITE) is not installed. Install the package libqt6sql6-sqlite and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path was given for the database. Set one, or set HOME so that the default location can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2. Make sure this user may create it, or choose another location for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: this user may not write to %2 (the database and its -wal and -shm files live there). Fix the permissions or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (it stays in &quot;%2&quot; mode), which the console needs so that readers do not block the writer. Put the database on a local filesystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer MIRROR STAGE (schema version %2; this program knows versions up to %3). Upgrade MIRROR STAGE and msctl to use it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (it has tables but no MIRROR STAGE schema version). Choose another path for the MIRROR STAGE database; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the database connection name %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthRules</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 warning threshold must be above 0 and below its critical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 critical threshold is a percentage: at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host can be stale after 1 missed interval at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (critical from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (warning from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, but no sample has arrived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no sample for %n second(s)</source>
        <translation>
            <numerusform>no sample for %n second</numerusform>
            <numerusform>no sample for %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filesystem %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU temperature °C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostRepository</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid agent id (32 hexadecimal characters expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hello of agent %1 carries a public key of %2 bytes; an Ed25519 public key has 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 (%2) presented a public key other than the one it enrolled with, so its hello was refused. If the agent was reinstalled, remove the host from the console and enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host with agent id %1 is known to the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>cannot generate an Ed25519 key (libcrypto failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read by other users (mode %2); run `chmod 600 %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key in PEM form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>a host can only be moved into a named rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host has the agent id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the console cannot record this agent right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an operator to accept agent %1 (%2): msctl enroll accept %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackLayout</name>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rack must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;position&quot; must be an object with x and z in metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;size&quot; must be an object with columns, slots and depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected {&quot;racks&quot;: [...]}%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rack %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rack &quot;%2&quot; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the rack layout %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackScene</name>
    <message>
        <source>Unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag: orbit · Right-drag or Shift+drag: pan · Wheel: zoom · F: frame all · Double-click: focus · Alt+drag: move a host · Esc: clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneLegend</name>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a vital past its warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: a vital past its critical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: connected, no recent sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: agent not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulsing: open problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain holds no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access to &quot;%1&quot;: unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is reachable (%1). Start a Secret Service such as gnome-keyring or KWallet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>The database %1 is full: the disk it is on, or the size limit set for it, has no room left (%2). Nothing of this write was stored. Free space on that disk or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a MIRROR STAGE database (%2). Move the file aside so that a new one is created, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for writing (%2). Check that this user may write to the file and its folder, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 stayed locked by another connection or program (%2). Close the other program (another console, a long-running msctl) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the database %1 failed in the operating system (%2). Check the disk (dmesg) and its free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRepository</name>
    <message>
        <source>An enrollment token must be valid for some time; %1 ms was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment token was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment token is not known to this console. Check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment token was used already; each token enrols one agent. Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment token has expired. Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment token could not be checked because the database failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitFormat</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and its unit, e.g. 1.5 KiB</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>events per second</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <comment>seconds ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <comment>minutes ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <comment>hours ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <comment>days ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °F</source>
        <comment>degrees Fahrenheit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <comment>degrees Celsius</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSettingsStore</name>
    <message>
        <source>%1 in %2 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ui/language in %1 must be system, en or ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health thresholds in %1 are not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MIRROR STAGE console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::AgentOfferDialog</name>
    <message>
        <source>Add an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this as &lt;b&gt;reflector.json&lt;/b&gt; on the new host (edit hostname_override, rack and position). The token in it enrols one agent, once, until %1; the console keeps only its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then start the agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::ConsoleStatusBar</name>
    <message>
        <source>Agents online: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::DemoFleet</name>
    <message>
        <source>a demo fleet has 1 to %1 hosts, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo fleet needs the reflector agent, which is neither at %1 nor at %2; build the `reflector` target (cmake --build build/&lt;preset&gt; --target reflector) or name it with --reflector PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo fleet needs the reflector agent, but there is no executable program at %1; build the `reflector` target (cmake --build build/&lt;preset&gt; --target reflector) or name it with --reflector PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the demo fleet&apos;s directory %1; choose a writable one with --demo-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the demo host&apos;s directory %1; choose a writable one with --demo-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make enrollment tokens for the demo fleet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make an enrollment token for the demo host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2; choose a writable directory with --demo-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reflector of demo host %1 did not start (%2 --config %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::EnrollmentDock</name>
    <message>
        <source>Agent id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment (%1 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the decision for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted: it streams at its next retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make an enrollment token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agent…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::FleetDock</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) shown</source>
        <translation>
            <numerusform>%1 of %n host shown</numerusform>
            <numerusform>%1 of %n hosts shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, tag:web, rack:rack-a, state:critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::FleetTreeModel</name>
    <message>
        <source>Unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::HostDetailsDock</name>
    <message>
        <source>CPU %1: %2 busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load 1 · 5 · 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems the agent reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filesystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors, drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top by CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top by memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is not a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host in the fleet tree or the rack view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected host (%1) is not in the fleet any more. Select another host in the fleet tree or the rack view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2, row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, placed by an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not since the console started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest sample from this host could not be read (%1). The values shown are from the sample before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest sample from this host could not be read (%1). Values appear with its next readable sample; check that the agent&apos;s version matches the console&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample from this host yet. Values appear when its agent sends one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received since the console started: showing the last stored sample, taken %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: waiting for a second sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>load averages over 1, 5 and 15 minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per core over the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <comment>percent used, bytes used of total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest CPU sensor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU temperature sensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host reports no temperature sensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes used of total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · primary</source>
        <comment>interface state, and that it carries the default route</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1
↑ %2</source>
        <comment>received, sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 used</source>
        <comment>link capacity, and how much of it is in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %1
drops %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors: received %1, sent %2
drops: received %3, sent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries the default route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1, sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rates yet: they need a second sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel does not know this link&apos;s speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln processes</source>
        <translation>
            <numerusform>%Ln process</numerusform>
            <numerusform>%Ln processes</numerusform>
        </translation>
    </message>
    <message>
        <source>This agent does not report processes (top_k is 0 in its configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logical, %2 physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load, 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this host&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::MainWindow</name>
    <message>
        <source>About MIRROR STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MIRROR STAGE %1&lt;/h3&gt;&lt;p&gt;An operator console for a fleet of Linux hosts.&lt;/p&gt;&lt;p&gt;Agents connect to %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIRROR STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame all hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus the selected host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link load overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset the window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MIRROR STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host was not moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::MoveHostDialog</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by an operator; the agent reports rack &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot (rack unit from the bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the agent&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SceneContainer</name>
    <message>
        <source>3D is turned off by the MIRRORSTAGE_NO_3D environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OpenGL context could be created on this display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenGL context exists but cannot be used on this display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This display offers OpenGL%1 %2.%3; the rack view needs OpenGL 3.0 or OpenGL ES 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D view stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rack scene could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The 3D rack view is off&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The fleet tree, the host details and enrollment keep working.&lt;/p&gt;&lt;p&gt;To get the 3D view, run the console on a display with OpenGL 3 (on Debian: &lt;code&gt;apt install libgl1-mesa-dri&lt;/code&gt;, and on a remote session use a GPU-enabled X server or Xvfb) and start it again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SeriesChart</name>
    <message>
        <source>No data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (min %2, max %3)</source>
        <comment>average, with the minimum and maximum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>series name: value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SettingsDialog</name>
    <message>
        <source>CPU busy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap used (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest filesystem (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on (address:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every sample for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep minute summaries for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep log events for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These take effect the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after missed intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB, MiB, GiB (powers of 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB, MB, GB (powers of 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celsius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fahrenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack layout (racks.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on; use ADDRESS:PORT such as 127.0.0.1:7340</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::StoreRecordSink</name>
    <message>
        <source>this console does not store records of kind %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::hub::IngestHub</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the TLS key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM private key this console can read (RSA or EC; is a passphrase needed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator %1 this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::scene::FleetScene</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed in a rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2, slot %3, row %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2, slot %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::store::WriterWorker</name>
    <message>
        <source>The store writer for %1 is not open (it was not started, failed to start, or is stopping).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
