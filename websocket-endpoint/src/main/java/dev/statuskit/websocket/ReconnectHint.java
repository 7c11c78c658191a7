package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a client should do about reconnecting after a close, by the close code. A hint, not a rule: a client
 * may know better.
 */
@API(status = STABLE, since = "0.1")
public enum ReconnectHint {
    /**
     * Do not reconnect without a change: the close was intended (1000), or the same request would fail the
     * same way (1002, 1003, 1007-1010, 3000, 3003).
     */
    NEVER,
    /** Reconnect now (1001 Going Away: the endpoint is going away, and another server may take over). */
    IMMEDIATELY,
    /**
     * Reconnect after a short randomized delay (1012 Service Restart, whose IANA registration says "reconnect
     * after a randomized delay"), so that every client of a restarting service does not come back at the same
     * instant.
     */
    AFTER_RANDOM_DELAY,
    /**
     * Reconnect after a delay that grows after each failed attempt (1006, 1011, 1013, 1014, 3008): the condition
     * may be temporary, and a tight loop would make it worse.
     */
    WITH_BACKOFF
}
