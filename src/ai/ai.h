#pragma once
// mirrorstage_ai: remediation proposals for an incident, from local runbooks or an AI provider.
//
//   remediation.h           IncidentContext in, ProposalSet out
//   remediation_provider.h  RemediationProvider / ProposalRequest: asynchronous, cancellable
//   provider_factory.h      makeProvider(ProviderSettings): runbooks | gemini | openai | anthropic
//   provider_settings.h     model, base URL, key or token, timeout, attempts, runbook directory
//   provider_error.h        ProviderError: a kind and a message in words
//   runbook.h               the local runbooks (JSON with {fact} placeholders, shell-quoted)
//   prompt_builder.h        the prompts; masking out (core::SecretMasker) and back
//   proposal_parser.h       the answer's schema and limits, with precise errors
//   usage_prices.h          token prices per provider and model, and the cost of a ProposalSet

#include "provider_error.h"
#include "provider_factory.h"
#include "provider_settings.h"
#include "remediation.h"
#include "remediation_provider.h"
#include "usage_prices.h"
