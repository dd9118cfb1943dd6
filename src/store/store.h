#pragma once
// mirrorstage_store: the console's history in SQLite (QtSql).
//
//   Database        opens the file for one thread: WAL, foreign keys, busy timeout, FULL sync,
//                   migrations by user_version (schema.h).
//   StoreWriter     the one writer, on its own thread: batched transactions of samples, gap
//                   records and log events; acknowledges (agent, boot, seq) after COMMIT.
//   HostRepository  hosts and their enrollment; TokenRepository one-time enrollment tokens.
//   EnrollmentOffer a one-time token and the agent configuration that carries it.
//   PlacementRepository  where operators moved hosts in the rack view.
//   SampleQueries   series, newest full sample, minute rollups, acknowledged seqs.
//   StoreStats      file size and bytes per sample.   Retention  pruning (StoreWriter::prune).
//   ConsoleIdentity the console's public key, for msctl to hand to agents.
//   IncidentRepository   incidents and their transitions;  ProposalRepository  AI/runbook
//                   proposals, approval (per core::ApprovalPolicy) and rejection;
//   ExecutionRepository  commands on their way to hosts and their results;
//   AuditChain      the hash-chained audit log;  UsageRepository  AI tokens and cost per day.
//   SshHostRepository  how to reach a host over SSH (secrets stay in the keychain).
//
// Each thread opens its own Database and builds repositories on its connection. Failures are
// reported through a QString *error (never null) in words for the operator.

#include "database.h"
#include "host_repository.h"
#include "placement_repository.h"
#include "ingest_record.h"
#include "retention.h"
#include "sample_queries.h"
#include "sample_series.h"
#include "store_stats.h"
#include "store_writer.h"
#include "token_repository.h"
#include "enrollment_offer.h"
#include "console_identity.h"
#include "audit_chain.h"
#include "incident_repository.h"
#include "proposal_repository.h"
#include "execution_repository.h"
#include "usage_repository.h"
#include "ssh_host_repository.h"
