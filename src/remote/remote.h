#pragma once
// mirrorstage_remote: reaching hosts over SSH (libssh).
//
//   SshTarget, CredentialReader  where and as whom to log in; secrets from the keychain
//   KnownHosts      host keys: known, unknown (fingerprint to accept) or changed (refused)
//   SshSession      one blocking connection: verify the host key first, log in, run a command
//                   (timeout, output cap, live output, exit status), copy files over SFTP
//   SshExecutor     the same off the calling thread, with signals
//   SshDispatcher   approved executions over SSH when the host's agent is not there
//   AgentInstaller  "install agent over SSH", step by step, until the agent enrolled
//   HostSuggestions hosts from ~/.ssh/config, known_hosts, the ARP table, DHCP leases (passive)

#include "agent_installer.h"
#include "agent_unit.h"
#include "host_suggestions.h"
#include "known_hosts.h"
#include "ssh_dispatcher.h"
#include "ssh_executor.h"
#include "ssh_session.h"
#include "ssh_target.h"
