package dev.statuskit.websocket;

/**
 * What a client should do about reconnecting after a close, by the close code. A hint, not a rule: a client
 * may know better.
 */
public enum ReconnectHint {
    /**
     * Do not reconnect without a change: the close was intended (1000), or the same request would fail the
     * same way (1002, 1003, 1007-1010, 3000, 3003).
     */
    NEVER,
    /**
     * Reconnect now (1001 Going Away: another server takes over). When
     * {@link CloseCodeInfo#randomizedDelay()} is true, wait a short random delay first, so that every client of a
     * restarting service does not come back at the same instant (1012 Service Restart).
     */
    IMMEDIATELY,
    /**
     * Reconnect after a delay that grows after each failed attempt (1006, 1011, 1013, 1014, 3008): the condition
     * may be temporary, and a tight loop would make it worse.
     */
    WITH_BACKOFF
}
