package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.i18n.CloseCodeRegistry;
import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * What a reconnecting WebSocket client tells its {@link ReconnectListener}: a connection opened, a reconnect
 * was scheduled, or the client gave up. Each event is an immutable record; {@code at} is the client's clock.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface ReconnectEvent {

    /** When it happened, by the client's clock. */
    Instant at();

    /**
     * A connection opened.
     *
     * @param attempt how many reconnect attempts since the last healthy connection made it: 0 for the first
     *     connection, 1 for the first reconnect
     * @param at when
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Connected(int attempt, Instant at) implements ReconnectEvent {
    }

    /**
     * A connection closed, or could not be made, and the policy chose to reconnect.
     *
     * @param closeCode the close code received; 1006 when the connection dropped without a close frame or could
     *     not be made
     * @param closeReason the close reason received, or what went wrong
     * @param attempt the number of the scheduled attempt since the last healthy connection, from 0
     * @param delay how long until it
     * @param at when it was scheduled
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Scheduled(int closeCode, String closeReason, int attempt, Duration delay, Instant at)
            implements ReconnectEvent {
    }

    /**
     * The client stopped reconnecting, for good.
     *
     * @param closeCode the close code that ended it (1000 when the application closed the client)
     * @param closeReason the close reason received, or what went wrong
     * @param why why
     * @param attempts how many reconnect attempts since the last healthy connection had been made
     * @param at when
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record GaveUp(int closeCode, String closeReason, Why why, int attempts, Instant at) implements ReconnectEvent {
        /**
         * The close code with its IANA meaning, such as {@code 1008 Policy Violation} (from
         * {@link CloseCodeRegistry}).
         */
        public String closeCodeMeaning() {
            return CloseCodeRegistry.lookup(closeCode).toString();
        }
    }

    /** Why a client gave up. */
    @API(status = EXPERIMENTAL, since = "0.1")
    enum Why {
        /** The policy never reconnects after the close code received. */
        POLICY,
        /** The policy's {@link ReconnectPolicy#maxAttempts()} were made. */
        MAX_ATTEMPTS,
        /** The application closed the client. */
        CLOSED
    }
}
