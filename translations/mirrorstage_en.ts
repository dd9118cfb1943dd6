<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationDefaultCredentials</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these are a service account&apos;s credentials, which name no person and cannot sign an operator in. Run &quot;gcloud auth application-default login&quot; to make a user&apos;s credentials, or sign in with Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials of type &quot;%1&quot; cannot sign an operator in; only &quot;authorized_user&quot; ones (from &quot;gcloud auth application-default login&quot;) can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no client_id or refresh_token; run &quot;gcloud auth application-default login&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <source>This command changes the host&apos;s state (medium risk): confirm the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command is destructive or hard to reverse (high risk): type the host&apos;s name, &quot;%1&quot;, to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command can destroy the host or open it up (critical risk): it cannot be approved. Run it by hand, outside MIRROR STAGE, if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 is missing: the log jumps from row %2 to row %3 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not link to row %2 (a row before it was edited or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Command result %1 of agent %2 (boot %3) does not name its command (text `id`); nothing of this submission was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRisk</name>
    <message>
        <source>the command is empty and does nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command nests shells, eval and decoders too deeply to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is too long to check (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command cannot be parsed (%1 at character %2), so its effect is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline connects a shell to a network connection (a reverse or bind shell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function %1 starts copies of itself without end (a fork bomb) and exhausts the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only sets shell variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command expands to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 makes the command load code from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects a shell to %2: a reverse shell that opens the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command name comes from %1, which downloads it: remote code runs on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command name %1 is known only when the command runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command name is decoded from a hidden payload (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command name %1 is a pattern; what it runs depends on the files present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command nests wrappers too deeply to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, a program outside the system directories whose content is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls a function defined in this command (classified where it is defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only prints help or a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a command the classifier knows, so it may change the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks or lists privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes the command load code from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a root shell; what is typed into it is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only prints the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only prints the niceness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the I/O priority of running processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only prints an I/O priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only looks a command up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the scheduling of a running process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only redirects the shell&apos;s own descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts a shell inside another root; what is typed into it is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a shell in another namespace; what is typed into it is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a shell; what is typed into it is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only takes a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attaches to a running process and slows it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists its applets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs the script %2, whose content the classifier cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a shell as another user; what is typed into it is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forwards a port of another host back into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a session on another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a command on another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines what runs later; that code is classified here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes every later program load code from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists queued jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes queued jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schedules commands to run later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schedules a script whose content the classifier cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists the crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes the whole crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits the crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces the whole crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has -c but no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks the syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks the syntax of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only prints its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits files in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves the files of the current directory to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only formats or prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs the module %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts an interactive interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs code fetched by %2 without anyone reading it: remote code runs on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a decoded payload that cannot be read before it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs code from its input, which the classifier cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs whatever is typed into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a hidden payload; decoded, it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs code that is known only when it runs (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects a shell to the network (a reverse or bind shell) and opens the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forks in a loop (a fork bomb) and exhausts the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes a whole system tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs program code the classifier cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes everything under %2 and destroys the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes the files it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends data to %2 over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes to %2, which is %3 if the variable is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes to %2, a file known only when the command runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes straight onto the disk device %2, destroying its file systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes to /proc/sysrq-trigger, which can crash or reboot the host at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the boot file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overwrites %2, which can lock everyone out or open the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes %2, which can open the host to others or lock everyone out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the kernel setting %2 until the next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes to the kernel interface %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes to the device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appends to the system file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overwrites the system file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes to files matching %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 empties the log file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appends to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates or overwrites %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes %2 and everything under it, which destroys the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes %2; if the variable is empty that is %3, which destroys the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes %2, which the host needs to boot or to let anyone log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns off the protection of / against deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes files named at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes files and directories for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes files for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overwrites %2 beyond recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destroys the content of files beyond recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads and discards (a read test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overwrites %2 and destroys what is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes the file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overwrites %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies to its output only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates a new file system, erasing everything on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns the device %2 into swap, erasing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepares a swap file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists file system signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 erases the file system signatures, so the data on the device is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only prints the partition table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can rewrite the partition table and lose every file system on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destroys the volume metadata or data on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destroys a logical volume&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrinks a volume and can cut its file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rewrites RAID metadata and can destroy the array&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the RAID state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes a RAID array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destroys the keys or data of an encrypted device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes an encrypted device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destroys ZFS data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes ZFS state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overwrites the whole device while testing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 erases or damages the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes disk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads disk information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes storage state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the permissions of / itself%2, which breaks or opens the whole host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and everything under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes %2 run as its owner (setuid), a way to become root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets every user write %2, which opens the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets every user read the password hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the ownership or permissions of %2, which the host depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes permissions recursively; the previous ones cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes a system file&apos;s permissions or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes permissions or ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the attributes of the system file %2 (locks it or unlocks it for tampering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes file attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves %2 away, which the host cannot run or boot without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can overwrite system files in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves files and can overwrite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies files and can overwrite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces %2 with a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces the system file %2 with a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only passes its input through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cuts %2, which the host needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cuts the content of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes file sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs commands or writes files from its script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a sed script from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits %2 in place, which can lock everyone out or open the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only filters text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs an awk program from a file the classifier cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs shell commands from its program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs shell commands built at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only sorts text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks that a process exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signals process 1 (init), which brings the host down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signals every process on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops processes known only at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kills every process on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches every process or init and brings the host down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kills %2, which cuts remote access or core services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kills every process of the user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops processes by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns off %2, which opens the host to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops %2, which can cut the host off from operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the state of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the state of services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes the host down or out of normal operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancels or announces a shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes init reload its configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the run level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes the host down or reboots it; it may not come back on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotates or deletes old journal files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clears the kernel log or changes its console level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the kernel log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows what it would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotates logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes %2, without which the host does not boot or cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes every package matching %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs or configures packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the package database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs or upgrades packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes Python packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upgrades packages across the host, which is hard to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes packages or their caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads package information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may change packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives a user the rights of the group %2, which is root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes a second root account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets a password on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locks an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes the root account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes a password, so anyone can log in as that user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows the password status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets passwords from its input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks the sudoers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits who may become root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits the account database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds a key that can log in to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes a known host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates or changes keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only prints the firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces the firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flushes the firewall rules, which opens the host to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes the firewall accept everything by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists the firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the firewall rules, which can lock operators out or open ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes firewall rules, which opens the host to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns the firewall off, which opens the host to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes the firewall allow everything by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns the firewall on or reloads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets all traffic through the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reloads the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns SELinux enforcement off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns SELinux enforcement on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns AppArmor protection off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists audit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns auditing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes audit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the security state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads kernel module information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unloads %2, which disks, network or the firewall depend on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unloads a kernel module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads a kernel module from a file the classifier cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads a kernel module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads kernel settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes how the kernel panics or reacts to SysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes kernel settings until the next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a command in a network namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes addresses, routes or links and can cut the host off the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows the network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a network interface down and can cut the host off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes a network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a connection down and can cut the host off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows the network state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removes a route and can cut the host off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks that a URL answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends data to a remote service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uploads %2 to a remote service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only fetches a URL and prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects a program to the network (a remote shell) and opens the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a listening port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relays data over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands a program to the network (a bind or reverse shell) and opens the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks whether a port is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads container state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes containers, images, volumes or their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives a container full access to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads cluster state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes or evicts cluster resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes cluster state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 throws away work that cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists mounted file systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unmounts file systems the host runs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unmounts a file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only shows swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mounts a file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only reads settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes a system setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks over system files in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks over the root file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks files and can overwrite existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lists an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes from %2 whatever the source does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes or overwrites files at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only writes to its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces files with their (de)compressed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes a virtual machine or its storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes settings or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the priority of running processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates or removes empty files or directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes limits of this shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads or clears the shell history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces the running kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only flushes buffers to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies files between hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rewrites what the host boots from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes system state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only checks, without repairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repairs a file system and can lose data on a mounted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes a file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes state</source>
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
    <message>
        <source>Run the demo fleet without its fault (a CPU-hungry process under its last host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s incident rules, over the built-in defaults (default: rules.json in the console&apos;s configuration directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who proposes remediations: runbooks (local, the default), gemini, openai or anthropic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; ai/provider takes runbooks, gemini, openai or anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ai/timeout_seconds in %1 must be a whole number from 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialReader</name>
    <message>
        <source>the key file %1 does not exist; set another with msctl ssh set %2 --key-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is encrypted and its passphrase could not be read from the keychain (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a key file nor a password in the keychain; set one with msctl ssh set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key file and the keychain has no password for it (%2); set one with msctl ssh set %1 --password-from-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password for %1 could not be read from the keychain: %2</source>
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
    <name>ExecutionRepository</name>
    <message>
        <source>There is no execution %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent before its deadline: the host&apos;s agent was not connected (or an earlier step failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result from the host&apos;s agent within the command&apos;s timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleAccountClient</name>
    <message>
        <source>Google could not be reached while %1 (%2: %3). Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google no longer accepts this grant while %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not accept the OAuth client while %1 (%2). Check the client id (setting google/client_id) and the client secret in the keychain: they must belong to a &quot;Desktop app&quot; OAuth client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s token endpoint answered HTTP %1 while %2%3. Try again; if it persists, sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s token endpoint answered without an access token. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewing the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking who signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s userinfo endpoint answered HTTP %1 (%2). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not say which e-mail address signed in. Add the scopes &quot;openid email&quot; (setting google/scopes) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s revocation endpoint answered HTTP %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanging the sign-in code</source>
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
    <name>IncidentEngine</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU busy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core %1 busy %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU waiting for I/O %1 % of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap %1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load %1 per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filesystem %1 %2 % full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filesystem %1 has used %2 % of its inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU at %1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface %1: %2 errors and drops per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 uses %2 % of a core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (%3 at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the agent&apos;s outbox dropped %n record(s) before the console had them (%1)</source>
        <translation>
            <numerusform>the agent&apos;s outbox dropped %n record before the console had it (%1)</numerusform>
            <numerusform>the agent&apos;s outbox dropped %n records before the console had them (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>its rule &quot;%1&quot; is no longer enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent has been offline for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>escalated to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eased to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened (flapping: back %1 times within 30 minutes): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRuleSet</name>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with a &quot;rules&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each rule must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing (a short name such as &quot;cpu-high&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be threshold, offline, gap or log, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;for_seconds&quot; must be a number of seconds from 0 to 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hold_seconds&quot; must be a number of seconds from 0 to 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;resolve_after_seconds&quot; must be a number of seconds from 0 to 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;severity&quot; must be warning or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;metric&quot; must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;warning&quot; and &quot;critical&quot; must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;critical&quot; (%1) must not be below &quot;warning&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;clear_margin&quot; must be a number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a log rule needs &quot;pattern&quot; (the agent&apos;s pattern name) or &quot;match&quot; (a regular expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;match&quot; is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hosts&quot; must be an object with &quot;hostnames&quot;, &quot;racks&quot; and/or &quot;tags&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hosts&quot; takes only lists of text: &quot;hostnames&quot;, &quot;racks&quot;, &quot;tags&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auto_remediation&quot; must be {&quot;enabled&quot;: bool, &quot;allow_medium&quot;: bool, &quot;max_per_hour&quot;: number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2.</source>
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
    <name>KnownHosts</name>
    <message>
        <source>%1 cannot be read; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented the key %2, which %3 marks as revoked: nothing was sent to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known (%2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED: it presented %2 but %3 has %4. Someone may be intercepting the connection, or the host was reinstalled. Nothing was sent to it. If the change is expected, remove the old entry from %3 and check the host again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known yet: it presented the %2 key %3. Compare it with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host) before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host key to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
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
    <name>ProposalParser</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; a command must say what to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a line break; each command must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the control character U+%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; a proposal needs at least one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 commands; at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.risk is &quot;%2&quot;; it must be low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is %1 bytes long; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer must be a JSON object with &quot;analysis&quot; and &quot;proposals&quot;, not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals holds %1 proposals; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>A proposal without commands cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal %1 (msctl proposals lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is already %2 (by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is resolved: its proposals can no longer be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal %1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the proposal is rejected (a reason is kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettingsText</name>
    <message>
        <source>Local runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI base URL &quot;%1&quot; is not an http:// or https:// address. Fix the setting ai/base_url, or leave it empty for %2&apos;s own endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gemini model name &quot;%1&quot; holds a &quot;/&quot;. Fix the setting ai/model (for example gemini-2.5-flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini needs an API key or a Google sign-in. Store a key in the keychain (Settings, AI provider) or sign in with Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic needs an API key. Store it in the keychain (Settings, AI provider).</source>
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
    <name>RemediationService</name>
    <message>
        <source>ended by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookFiller</name>
    <message>
        <source>Left out because the incident does not tell %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1, filled with this incident&apos;s facts, is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookLoader</name>
    <message>
        <source>The runbook %1 is not a JSON object: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 needs a &quot;kind&quot; of lower-case letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 names an unknown subject_fact &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 needs &quot;analysis&quot;: a string or an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 uses the placeholder {%2}, which is not a known fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 puts {%2} inside quotes; write it bare, it is quoted when it is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 has no proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the runbook %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 says it is for &quot;%2&quot;; its file name says &quot;%3&quot;.</source>
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
    <name>SshDispatcher</name>
    <message>
        <source>timed out after %1 s over SSH; the command was sent TERM, then KILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshHostRepository</name>
    <message>
        <source>an SSH host needs a name, an address and a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH port must be between 1 and 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no SSH details for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not make a session (out of memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2. Check the address and port, and that sshd runs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not present a host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a known host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (a wrong or missing passphrase?); check the file, or store its passphrase in the keychain as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to log in to %1 with: set a key file or a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login with %2. Check that the key is in the user&apos;s authorized_keys, or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would not run the command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 broke while the command ran: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer SFTP (%2); enable the sftp subsystem in its sshd_config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the local file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: %3 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
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
    <name>UsagePrices</name>
    <message>
        <source>The price file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file is in %1; only USD is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price file needs &quot;prices&quot;: an array of {provider, model, input_per_million, output_per_million}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices[%1] needs a provider, a model and two prices of 0 or more (input_per_million, output_per_million).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the price file %1: %2.</source>
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
    <name>mirrorstage::ai::ProposalRequest</name>
    <message>
        <source>The request for proposals was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::ai::RemoteProposalRequest</name>
    <message numerus="yes">
        <source>%1 did not answer within %2 s, %n attempt(s). Try again later, raise the timeout, or choose a faster model.</source>
        <translation>
            <numerusform>%1 did not answer within %2 s, %n attempt. Try again later, raise the timeout, or choose a faster model.</numerusform>
            <numerusform>%1 did not answer within %2 s, %n attempts. Try again later, raise the timeout, or choose a faster model.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3. Check the setting ai/base_url and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Google again, or store an API key for %1 in the keychain (Settings, AI provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key for %1 in the keychain (Settings, AI provider) and that it may use the model &quot;%2&quot; (setting ai/model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests (HTTP 429, %n attempt(s)). Wait a while, or check the plan and quota of the API key.</source>
        <translation>
            <numerusform>%1 is limiting requests (HTTP 429, %n attempt). Wait a while, or check the plan and quota of the API key.</numerusform>
            <numerusform>%1 is limiting requests (HTTP 429, %n attempts). Wait a while, or check the plan and quota of the API key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered HTTP %2, %n attempt(s). The service has trouble; try again later or choose another provider.</source>
        <translation>
            <numerusform>%1 answered HTTP %2, %n attempt. The service has trouble; try again later or choose another provider.</numerusform>
            <numerusform>%1 answered HTTP %2, %n attempts. The service has trouble; try again later or choose another provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not know the model &quot;%2&quot; or the address (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings ai/model and ai/base_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings ai/model and ai/base_url; if they are right, the API may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request (HTTP 429); that is longer than the console waits. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined to answer (%2). Try the local runbooks, or another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut off at its output limit, so it cannot be used. Try again, or choose a model with a larger output limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reply is not in the form its API documents (%2). Check the setting ai/base_url: it must point at a %1 API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s answer does not follow the proposal format, so none of it is shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::ai::RunbookProvider</name>
    <message>
        <source>No local runbook covers incidents of kind &quot;%1&quot;. Add %1.json to the runbook directory, or choose an AI provider (setting ai/provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::AccountMenu</name>
    <message>
        <source>Google sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with Google…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;gcloud&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gcloud credentials at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gcloud&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no gcloud credentials at %1. Run &quot;gcloud auth application-default login&quot; first.</source>
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
    <name>mirrorstage::app::ApprovalDialog</name>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;On &lt;b&gt;%1&lt;/b&gt;, in this order:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Expected:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rollback:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verification:&lt;/b&gt; &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read these commands and want them run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the host&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1: read-only diagnostics. Approve runs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1: this changes the host&apos;s state, reversibly. Confirm to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1: destructive or hard to reverse. Confirm and type the host&apos;s name, %2, to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1: this can destroy the host or open it up. It cannot be approved here; reject it, or run it by hand outside MIRROR STAGE if you are sure.</source>
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
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::CredentialsPage</name>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Keychain entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two values differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the console&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agent pinned this key when it was enrolled. Once it is deleted, the console makes a new key at its next start, and every agent refuses that console — no metrics, no commands — until it is enrolled again with a new token. A console running now keeps using the old key until it stops.

Type %1 to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret of the console lives in the system keychain (the Secret Service). This list shows which ones are stored, never their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable: %1

The console keeps every secret in the Secret Service of your session and never writes one to a file instead, so nothing can be stored or deleted now. To fix it, install and start gnome-keyring (or KWallet) in this desktop session, unlock it, and press Check again. On a server without a desktop session, start the console with --key-file PATH for its signing key; AI provider keys and the other credentials cannot be kept there, and the console proposes remediations from its local runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console makes its signing key itself at its first start. Delete it to have a new one made at the next start (agents must then be enrolled again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2) from the keychain? The console cannot use it until it is set again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot; from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the keychain. A running console reads AI keys and the TLS passphrase when it starts: restart it to use the new value.</source>
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
    <message>
        <source>cannot write the demo&apos;s rules to %1: %2</source>
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
    <name>mirrorstage::app::GoogleSettingsDialog</name>
    <message>
        <source>Google sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…apps.googleusercontent.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (Desktop app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the client in Google Cloud Console, APIs &amp; Services, Credentials: &quot;Create credentials&quot;, &quot;OAuth client ID&quot;, type &quot;Desktop app&quot;. The settings apply to the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was not saved: %1</source>
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
    <name>mirrorstage::app::HubService</name>
    <message>
        <source>The console&apos;s hub is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::IncidentListModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remediating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::IncidentsDock</name>
    <message>
        <source>Asked the provider again; its proposals appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gave no proposals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1: %2&lt;/h3&gt;&lt;p&gt;%3 · %4 · rule %5%6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Proposal %1: %2 &lt;span style=&apos;color:%3&apos;&gt;[%4]&lt;/span&gt; — %5&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Expected: %1&lt;br/&gt;Rollback: %2&lt;br/&gt;Verification: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, output truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 [%3, %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 was not approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proposal %1 approved: %n command(s) go to the host; their output appears below.</source>
        <translation>
            <numerusform>Proposal %1 approved: %n command goes to the host; its output appears below.</numerusform>
            <numerusform>Proposal %1 approved: %n commands go to the host; their output appears below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 was not rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 requests, %4 + %5 tokens, %6 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>AI today: %n request(s), %1 tokens, %2 USD</source>
        <translation>
            <numerusform>AI today: %n request, %1 tokens, %2 USD</numerusform>
            <numerusform>AI today: %n requests, %1 tokens, %2 USD</numerusform>
        </translation>
    </message>
    <message>
        <source>No AI provider was asked today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of approved commands appears here as they run.</source>
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
    <message>
        <source>&amp;SSH…</source>
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
    <name>mirrorstage::app::RemediationService</name>
    <message>
        <source>no proposals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not run automatically: %n automatic remediation(s) on this host in the last hour already</source>
        <translation>
            <numerusform>not run automatically: %n automatic remediation on this host in the last hour already</numerusform>
            <numerusform>not run automatically: %n automatic remediations on this host in the last hour already</numerusform>
        </translation>
    </message>
    <message>
        <source>the agent&apos;s result could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal %1 executed; watching whether the condition clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: an earlier step of the proposal did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal %1 failed at step %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console does not sign a critical command</source>
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
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SshHostDialog</name>
    <message>
        <source>SSH details of a new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts this machine already knows from ~/.ssh/config, known_hosts, the ARP table and DHCP leases. Nothing is sent on the network to find them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the console names the host, e.g. web-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address or DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: log in with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored one (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[user@]host[:port]; empty: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved SSH details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no known hosts on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n known host(s): choose one to fill in</source>
        <translation>
            <numerusform>%n known host: choose it to fill in</numerusform>
            <numerusform>%n known hosts: choose one to fill in</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the address and the user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not exist: choose another one, or empty the field to log in with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH details were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH details of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain, so nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known: %1 presents the %2 key %3, which %4 has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1 presents the %2 key
%3
Compare it with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE HOST KEY HAS CHANGED: %1 now presents the %2 key %3, but %4 has %5 for it. Someone may be in between. Nothing was accepted; if the host was really reinstalled, remove its old entry from %4 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key cannot be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the agent on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent was not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
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
    <name>mirrorstage::auth::GoogleSignIn</name>
    <message>
        <source>Google sign-in needs your own OAuth client: create a &quot;Desktop app&quot; OAuth client id in Google Cloud Console and enter it in Account, Google sign-in settings (google/client_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in could not open a port on 127.0.0.1 for the browser to come back to. Check that the loopback interface is up and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not accept the sign-in code (%1). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody finished the Google sign-in in the browser within %n minute(s). Start it again.</source>
        <translation>
            <numerusform>Nobody finished the Google sign-in in the browser within %n minute. Start it again.</numerusform>
            <numerusform>Nobody finished the Google sign-in in the browser within %n minutes. Start it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could be opened for Google sign-in. To go on, open this address in a browser on this computer (the answer comes back to a port of 127.0.0.1):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this page and return to MIRROR STAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the Google sign-in in the browser (consent denied); nothing changed. Choose Sign in with Google to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused the sign-in (%1%2). Check the OAuth client (setting google/client_id) and the scopes (google/scopes), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in MIRROR STAGE started, and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that came back from the browser did not belong to this sign-in (state mismatch), so it was refused: it may have been sent by another page. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s answer carried no authorization code. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIRROR STAGE received Google&apos;s answer. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Google session could not be read from the keychain (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google no longer accepts gcloud&apos;s credentials (%1). Run &quot;gcloud auth application-default login&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in could not learn who signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but the keychain did not keep the session (%1); you will have to sign in again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in with Google. Choose Account, Sign in with Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google session changed while its token was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Google session expired or was revoked; sign in again (Account, Sign in with Google).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out of Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out here, but Google could not be told to revoke the session (%1). You can remove MIRROR STAGE&apos;s access at https://myaccount.google.com/permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out, but the keychain still holds the Google session (%1). Remove the entries google/refresh_token and google/access_token of the service &quot;mirrorstage&quot; by hand.</source>
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
    <message>
        <source>agent %1 is not connected; the command was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 (%2) does not run commands: its configuration must set &quot;enabled&quot;: true in its &quot;commands&quot; section; the command was not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mirrorstage::remote::AgentInstaller</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install stopped at &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making a one-time enrollment token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reflector binary %1 does not exist; name it with --reflector PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console has not run with this database yet, so its public key is unknown: start the console once, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install over SSH on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1, valid until %2, for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the agent to enrol with the console (up to %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` failed on the host (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept it with: msctl ssh trust %1 --fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key %2 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1 (%2 MiB) to %3 over SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 (mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: console endpoint %2, its public key and the one-time token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written (ProtectSystem=strict, ProtectHome=yes, NoNewPrivileges=yes, PrivateTmp=yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for systemd on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd runs %1 (enabled, started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no systemd runs on the host (no /run/systemd/system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd was not to be used (--no-systemd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain start instead of systemd: %2 runs in the background (nohup), log %3, pid file %4. It does not restart after a reboot: install again where systemd runs, or start it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 (%2) enrolled and is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent did not enrol within %1 s. Is the console running, and can the host reach %2? The agent&apos;s log on the host: %3 (or journalctl -u %4).</source>
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
    <name>mirrorstage::secrets::CredentialCatalog</name>
    <message>
        <source>SSH password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the SSH key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s signing key: agents pinned it at enrollment and run only what it signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API key (remediation proposals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in: the OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in: the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in: the current access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sign-in: the saved session (account and tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the TLS private key (hub/tls_key)</source>
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
