#pragma once

// Timing of access-token refreshes. The defaults suit real providers; tests shorten them.
struct RefreshPolicy
{
    // An access token that expires within this many seconds is refreshed before it is served.
    int onDemandMarginSeconds = 60;

    // Attempts of one refresh when the token endpoint fails transiently (5xx, 429, timeout,
    // connection reset, unparseable response), with exponential backoff and jitter between them.
    int maxAttempts = 3;
    // Each attempt is aborted after this long, so a silent endpoint cannot hold a refresh.
    int attemptTimeoutMs = 6000;
    // The wait before the second attempt; it doubles before each further one, up to
    // maxBackoffMs. Each wait is scaled by a random factor between 0.5 and 1.
    int initialBackoffMs = 500;
    int maxBackoffMs = 4000;

    // A caller waiting for a refresh gets REFRESH_TIMEOUT after this long, even while the
    // refresh goes on; its result still reaches the cache for the next request.
    int waiterDeadlineMs = 25000;

    // How long a refresh waits for another process's refresh of the same connection (the lock
    // file in the data directory), and how often it checks the lock in the meantime.
    int lockWaitMs = 30000;
    int lockPollIntervalMs = 50;
    // A lock file older than this is taken over, because no refresh holds it that long; a lock
    // of a process that no longer runs is taken over at once.
    int staleLockMs = 120000;

    // Proactive refresh: connections that an agent used within proactiveRecentUseSeconds are
    // refreshed once their access token expires within proactiveMarginSeconds (or half its
    // lifetime, for tokens that live shorter than twice the margin). Checked every
    // proactiveCheckIntervalMs.
    int proactiveMarginSeconds = 300;
    int proactiveRecentUseSeconds = 3600;
    int proactiveCheckIntervalMs = 30000;
};
