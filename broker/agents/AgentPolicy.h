#pragma once

// Limits and timings of pairing and agent keys. Tests shorten them; the defaults are the
// product's behaviour.
struct AgentPolicy
{
    // A pending request lapses after this long, and an approved one must be claimed within
    // this long after the decision.
    int pendingLifetimeSeconds = 10 * 60;
    // More pending requests than this are rejected with PAIRING_RATE_LIMITED, so that no
    // local process can flood the person with prompts.
    int maxPendingRequests = 5;
    // Validity of a key approved with "Allow once".
    int allowOnceSeconds = 24 * 60 * 60;
    // How often the broker writes last-use times and re-reads the agents table, which
    // another process (`securecontextd --revoke-agent`) may have changed.
    int syncIntervalMs = 2000;
};
