package dev.statuskit.client;

/**
 * Hears what a reconnecting WebSocket client does. Called on the thread where the event happened (a
 * connection's callback thread, the scheduler's, or the caller of {@code close()}), never while the client
 * holds a lock; it should return quickly. An exception it throws is ignored.
 */
@FunctionalInterface
public interface ReconnectListener {
    /** A listener that ignores every event. */
    ReconnectListener NONE = event -> { };

    /** Receives one event. */
    void onEvent(ReconnectEvent event);
}
