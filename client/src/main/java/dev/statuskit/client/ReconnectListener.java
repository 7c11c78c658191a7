package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Hears what a reconnecting WebSocket client does. Called on the thread where the event happened (a
 * connection's callback thread, the scheduler's, or the caller of {@code close()}), never while the client
 * holds a lock; it should return quickly. An exception it throws is ignored.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ReconnectListener {
    /** A listener that ignores every event. */
    ReconnectListener NONE = event -> { };

    /** Receives one event. */
    void onEvent(ReconnectEvent event);
}
