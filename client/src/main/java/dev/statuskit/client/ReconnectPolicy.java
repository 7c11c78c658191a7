package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.i18n.CloseCodeRegistry;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Whether, and after how long, a WebSocket client reconnects after a close, by the close code it received
 * (or 1006 when the connection dropped, or could not be made).
 *
 * <table>
 *   <caption>The default decisions</caption>
 *   <tr><th>close code</th><th>decision</th><th>why</th></tr>
 *   <tr><td>1000 Normal Closure</td><td>never</td><td>the peer ended the connection on purpose
 *       (RFC 6455 §7.4.1)</td></tr>
 *   <tr><td>1001 Going Away</td><td>backoff</td><td>the server is going down or the peer navigated away
 *       (RFC 6455 §7.4.1); another server may take over, but not necessarily at once</td></tr>
 *   <tr><td>1002 Protocol error, 1003 Unsupported Data, 1007 Invalid frame payload data, 1008 Policy Violation,
 *       1009 Message Too Big, 1010 Mandatory Ext.</td><td>never</td><td>the peer refused what this client
 *       sends or lacks (RFC 6455 §7.4.1); the same connection would fail the same way</td></tr>
 *   <tr><td>1005 No Status Rcvd</td><td>never</td><td>the peer sent a close frame, so closed on purpose, only
 *       without a code (RFC 6455 §7.4.1)</td></tr>
 *   <tr><td>1006 Abnormal Closure</td><td>backoff</td><td>RFC 6455 §7.2.3: after an abnormal closure "clients
 *       SHOULD use some form of backoff", the first attempt delayed by a random amount, later ones "by
 *       increasingly longer amounts of time"; a connection that cannot be made counts as 1006 too</td></tr>
 *   <tr><td>1011 Internal Error, 1014 Bad Gateway</td><td>backoff</td><td>a server-side failure that may be
 *       temporary (RFC 6455 errata 3227; IANA registration of 1014)</td></tr>
 *   <tr><td>1012 Service Restart</td><td>a random delay of 5 to 30 s</td><td>the IANA WebSocket Close Code
 *       registration (hybi mailing list, "Additional WebSocket Close Error Codes", msg09649): "a client may
 *       reconnect, and if it chooses to do, should reconnect using a randomized delay of 5 - 30s"</td></tr>
 *   <tr><td>1013 Try Again Later</td><td>backoff</td><td>the server is overloaded (same registration); its
 *       note asks a client to come back only on user action or to another address, which backoff
 *       approximates for an unattended client</td></tr>
 *   <tr><td>1015 TLS handshake</td><td>never</td><td>a certificate that failed does not fix itself
 *       (RFC 6455 §7.4.1)</td></tr>
 *   <tr><td>3000 Unauthorized, 3003 Forbidden</td><td>never</td><td>IANA registrations of 2021 and 2023: the
 *       same credentials give the same answer</td></tr>
 *   <tr><td>3008 Timeout</td><td>backoff</td><td>IANA registration of 2024: a timeout may pass</td></tr>
 *   <tr><td>anything else: other 3000-3999, the private 4000-4999, reserved and invalid codes</td>
 *       <td>never</td><td>their meaning is the application's; a client that stops is better than a
 *       reconnect storm, and {@link Builder#on} opts a code in</td></tr>
 * </table>
 *
 * <p>Backoff is "full jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter", Marc Brooker, 2015):
 * the delay before attempt {@code n} (counting from 0) is drawn uniformly from
 * {@code [0, min(cap, base * 2^n)]}, in milliseconds. Full jitter spreads clients that lost their connection
 * together, so they do not come back together.
 *
 * <p>Attempts are counted from the last healthy connection: a connection that stayed open at least
 * {@link #resetAfter()} resets the count when it closes. After {@link #maxAttempts()} attempts the client gives
 * up whatever the code.
 *
 * <p>Policies are immutable and thread-safe (draws go to {@link ThreadLocalRandom} unless
 * {@link Builder#random} gives another generator, which must then be thread-safe if the policy is shared
 * across threads).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReconnectPolicy {
    /** The default base of the backoff: 1 s. */
    public static final Duration DEFAULT_BASE = Duration.ofSeconds(1);
    /** The default cap of the backoff: 60 s. */
    public static final Duration DEFAULT_CAP = Duration.ofSeconds(60);
    /** How long a connection must stay open, by default, for the attempt count to start again at 0: 60 s. */
    public static final Duration DEFAULT_RESET_AFTER = Duration.ofSeconds(60);
    /** The window of 1012 Service Restart, as its IANA registration asks: 5 to 30 s. */
    public static final Decision SERVICE_RESTART_WINDOW = Decision.randomDelay(Duration.ofSeconds(5), Duration.ofSeconds(30));

    private static final Map<Integer, Decision> DEFAULTS;

    static {
        Map<Integer, Decision> defaults = new HashMap<>();
        for (int code : new int[] {1000, 1002, 1003, 1005, 1007, 1008, 1009, 1010, 1015, 3000, 3003}) {
            defaults.put(code, Decision.never());
        }
        for (int code : new int[] {1001, 1006, 1011, 1013, 1014, 3008}) {
            defaults.put(code, Decision.backoff());
        }
        defaults.put(1012, SERVICE_RESTART_WINDOW);
        DEFAULTS = Collections.unmodifiableMap(defaults);
    }

    private static final ReconnectPolicy DEFAULT_POLICY = builder().build();

    private final Map<Integer, Decision> rules;
    private final Decision otherwise;
    private final Duration base;
    private final Duration cap;
    private final Duration resetAfter;
    private final int maxAttempts;
    private final @Nullable RandomGenerator random;

    private ReconnectPolicy(Builder builder) {
        Map<Integer, Decision> rules = new HashMap<>(DEFAULTS);
        rules.putAll(builder.rules);
        this.rules = Collections.unmodifiableMap(rules);
        this.otherwise = builder.otherwise;
        this.base = builder.base;
        this.cap = builder.cap;
        this.resetAfter = builder.resetAfter;
        this.maxAttempts = builder.maxAttempts;
        this.random = builder.random;
    }

    /** The policy of the table above, with the default base, cap, reset time and no attempt limit. */
    public static ReconnectPolicy defaults() {
        return DEFAULT_POLICY;
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The decision for a close code: the application's rule for it if any, else the default. */
    public Decision decision(int closeCode) {
        return rules.getOrDefault(closeCode, otherwise);
    }

    /**
     * The delay before reconnecting after this close code, or empty for "do not reconnect". Each call draws
     * anew for a random decision. It does not apply {@link #maxAttempts()}; the reconnecting clients do.
     *
     * @param attempt the number of the coming attempt since the last healthy connection, from 0
     * @throws IllegalArgumentException if {@code attempt} is negative
     */
    public Optional<Duration> delay(int closeCode, int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be 0 or more, not " + attempt);
        }
        Decision decision = decision(closeCode);
        switch (decision.kind()) {
            case BACKOFF:
                return Optional.of(Duration.ofMillis(draw(backoffBound(attempt).toMillis())));
            case WINDOW:
                long min = decision.min().toMillis();
                return Optional.of(Duration.ofMillis(min + draw(decision.max().toMillis() - min)));
            default:
                return Optional.empty();
        }
    }

    /** The longest backoff delay of an attempt: {@code min(cap, base * 2^attempt)}. */
    public Duration backoffBound(int attempt) {
        long baseMillis = base.toMillis();
        long capMillis = cap.toMillis();
        if (attempt >= 62 || baseMillis > (capMillis >> attempt)) {
            return cap;
        }
        return Duration.ofMillis(Math.min(capMillis, baseMillis << attempt));
    }

    /** A uniform draw from {@code [0, bound]}. */
    private long draw(long bound) {
        if (bound <= 0) {
            return 0;
        }
        RandomGenerator generator = random != null ? random : ThreadLocalRandom.current();
        return generator.nextLong(bound + 1);
    }

    /** The base of the backoff. */
    public Duration base() {
        return base;
    }

    /** The cap of the backoff. */
    public Duration cap() {
        return cap;
    }

    /** How long a connection must stay open for the attempt count to start again at 0 when it closes. */
    public Duration resetAfter() {
        return resetAfter;
    }

    /** How many reconnect attempts in a row are made at most before giving up. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Builds a {@link ReconnectPolicy}; starts from the defaults. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final Map<Integer, Decision> rules = new HashMap<>();
        private Decision otherwise = Decision.never();
        private Duration base = DEFAULT_BASE;
        private Duration cap = DEFAULT_CAP;
        private Duration resetAfter = DEFAULT_RESET_AFTER;
        private int maxAttempts = Integer.MAX_VALUE;
        private @Nullable RandomGenerator random;

        private Builder() {
        }

        /**
         * The decision for one close code, replacing the default.
         *
         * @throws IllegalArgumentException if the code is outside 1000-4999, where no close code is
         *     (RFC 6455 §7.4.2)
         */
        public Builder on(int closeCode, Decision decision) {
            validateCode(closeCode);
            rules.put(closeCode, Objects.requireNonNull(decision, "decision"));
            return this;
        }

        /**
         * Marks application codes as terminal: never reconnect after them. {@code on(code, Decision.never())}
         * for each.
         *
         * @throws IllegalArgumentException if a code is outside 1000-4999 (RFC 6455 §7.4.2)
         */
        public Builder terminal(int... closeCodes) {
            for (int code : closeCodes) {
                on(code, Decision.never());
            }
            return this;
        }

        /** The decision for codes that have neither a default nor a rule of the application; never by default. */
        public Builder otherwise(Decision decision) {
            this.otherwise = Objects.requireNonNull(decision, "decision");
            return this;
        }

        /**
         * The base of the backoff, at least 1 ms; 1 s by default.
         *
         * @throws IllegalArgumentException if shorter than 1 ms
         */
        public Builder base(Duration base) {
            if (base.toMillis() < 1) {
                throw new IllegalArgumentException("The backoff base must be at least 1 ms, not " + base);
            }
            this.base = base;
            return this;
        }

        /**
         * The cap of the backoff, the longest delay it gives; 60 s by default. Checked against the base in
         * {@link #build()}.
         */
        public Builder cap(Duration cap) {
            this.cap = Objects.requireNonNull(cap, "cap");
            return this;
        }

        /**
         * How long a connection must stay open for the attempt count to start again at 0 when it closes; 60 s by
         * default.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder resetAfter(Duration resetAfter) {
            if (resetAfter.isNegative()) {
                throw new IllegalArgumentException("resetAfter must not be negative, not " + resetAfter);
            }
            this.resetAfter = resetAfter;
            return this;
        }

        /**
         * How many reconnect attempts in a row at most; unlimited by default.
         *
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The source of the random delays; {@link ThreadLocalRandom} by default. Tests pass a seeded or scripted
         * generator. Only {@link RandomGenerator#nextLong(long)} is called, with the number of possible
         * millisecond values.
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalArgumentException if the cap is shorter than the base
         */
        public ReconnectPolicy build() {
            if (cap.compareTo(base) < 0) {
                throw new IllegalArgumentException("The backoff cap (" + cap + ") must not be shorter than its base ("
                        + base + ")");
            }
            return new ReconnectPolicy(this);
        }

        private static void validateCode(int code) {
            if (code < CloseCodeRegistry.MIN_CODE || code > CloseCodeRegistry.MAX_CODE) {
                throw new IllegalArgumentException("Close code " + code + " is outside " + CloseCodeRegistry.MIN_CODE
                        + "-" + CloseCodeRegistry.MAX_CODE + ", where no close code is (RFC 6455 §7.4.2)");
            }
        }
    }
}
