package dev.statuskit.micrometer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.websocket.CloseCodeInfo;
import dev.statuskit.websocket.CloseListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apiguardian.api.API;

/**
 * Counts WebSocket close events in {@value StatusKitMetrics#CLOSES}; from
 * {@link StatusKitMetrics#closes(MeterRegistry)}. Add it to the options of the decorated endpoints and listeners
 * ({@code StatusKitWebSocketOptions.builder().addListener(closes)}). Thread-safe.
 *
 * <p>Each event counts once, with these tags:
 * <table>
 *   <caption>Events and their tags</caption>
 *   <tr><th>event</th><th>{@value StatusKitMetrics#DIRECTION}</th><th>{@value StatusKitMetrics#OUTCOME}</th>
 *       <th>{@value StatusKitMetrics#CODE}</th></tr>
 *   <tr><td>a close frame was handed to the container</td><td>{@value #SENT}</td><td>{@value #SENT}</td>
 *       <td>the code sent</td></tr>
 *   <tr><td>lenient mode replaced a code that must not be sent (the 1011 that went out instead also counts
 *       as {@value #SENT})</td><td>{@value #SENT}</td><td>{@value #SUBSTITUTED}</td><td>the code asked for</td></tr>
 *   <tr><td>strict mode refused such a code, reported with {@link #closeRefused(int, String)}</td><td>{@value #SENT}</td>
 *       <td>{@value #REFUSED}</td><td>the code asked for</td></tr>
 *   <tr><td>sending the close failed, and the decorator fell back</td><td>{@value #SENT}</td>
 *       <td>{@value #FAILED}</td><td>the code that failed</td></tr>
 *   <tr><td>a reason over 123 bytes was cut (the close itself also counts as {@value #SENT})</td>
 *       <td>{@value #SENT}</td><td>{@value #TRUNCATED}</td><td>{@value #UNKNOWN}</td></tr>
 *   <tr><td>lone surrogates in a reason were replaced</td><td>{@value #SENT}</td><td>{@value #REPAIRED}</td>
 *       <td>{@value #UNKNOWN}</td></tr>
 *   <tr><td>a connection ended and the container reported its code</td><td>{@value #RECEIVED}</td>
 *       <td>{@value #RECEIVED}</td><td>the code reported</td></tr>
 * </table>
 * So the sum over {@code outcome="sent"} is the number of close frames sent; the other outcomes count what was
 * changed, refused or failed on the way. The reason events do not tell the code, hence {@value #UNKNOWN}.
 *
 * <p>{@value StatusKitMetrics#CODE} is {@link StatusKitMetrics#closeCodeTag(int)} (23 values) or
 * {@value #UNKNOWN}, and {@value StatusKitMetrics#CATEGORY} the code's
 * {@linkplain CloseCodeCategory#id() category id} ({@code standard}, {@code never-sent}, {@code reserved},
 * {@code library}, {@code private}, {@code invalid}), or {@value #UNKNOWN} with {@value #UNKNOWN}. Whatever
 * codes clients send, there are at most {@value #MAX_SERIES} series: 5 code-carrying events &times; 23 code
 * tags, plus the 2 reason events.
 *
 * <p>In strict mode a refused code is reported to {@link #closeRefused(int, String)} by the decorator, just
 * before the session throws {@link IllegalArgumentException} to the caller.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CloseMeters implements CloseListener {
    /** {@value StatusKitMetrics#DIRECTION} and {@value StatusKitMetrics#OUTCOME} of a close frame sent. */
    public static final String SENT = "sent";
    /** {@value StatusKitMetrics#DIRECTION} and {@value StatusKitMetrics#OUTCOME} of a close reported by the container. */
    public static final String RECEIVED = "received";
    /** {@value StatusKitMetrics#OUTCOME}: lenient mode replaced the code asked for. */
    public static final String SUBSTITUTED = "substituted";
    /** {@value StatusKitMetrics#OUTCOME}: strict mode refused the code asked for. */
    public static final String REFUSED = "refused";
    /** {@value StatusKitMetrics#OUTCOME}: the reason was cut to 123 UTF-8 bytes. */
    public static final String TRUNCATED = "truncated";
    /** {@value StatusKitMetrics#OUTCOME}: lone surrogates in the reason were replaced by U+FFFD. */
    public static final String REPAIRED = "repaired";
    /** {@value StatusKitMetrics#OUTCOME}: sending the close failed. */
    public static final String FAILED = "failed";
    /** {@value StatusKitMetrics#CODE} and {@value StatusKitMetrics#CATEGORY} of the reason events, which carry no code. */
    public static final String UNKNOWN = "unknown";
    /** The most series this counter can have: 5 &times; 23 + 2. */
    public static final int MAX_SERIES = 117;

    private static final String[] CATEGORY_TAGS = new String[CloseCodeCategory.values().length];

    static {
        for (CloseCodeCategory category : CloseCodeCategory.values()) {
            CATEGORY_TAGS[category.ordinal()] = category.id();
        }
    }

    private final MeterRegistry registry;
    private final Meter.MeterProvider<Counter> closes;

    CloseMeters(MeterRegistry registry) {
        this.registry = registry;
        this.closes = Counter.builder(StatusKitMetrics.CLOSES)
                .description("WebSocket closes sent, received, changed or refused by StatusKit, by code")
                .withRegistry(registry);
    }

    @Override
    public void closeSent(int code, String reason) {
        count(code, SENT, SENT);
    }

    @Override
    public void closeReceived(CloseCodeInfo info, String reason) {
        count(info.code(), RECEIVED, RECEIVED);
    }

    @Override
    public void codeSubstituted(int requested, int sent, String rule) {
        count(requested, SENT, SUBSTITUTED);
    }

    @Override
    public void reasonTruncated(String original, String truncated) {
        closes.withTags(StatusKitMetrics.CODE, UNKNOWN, StatusKitMetrics.CATEGORY, UNKNOWN,
                StatusKitMetrics.DIRECTION, SENT, StatusKitMetrics.OUTCOME, TRUNCATED).increment();
    }

    @Override
    public void reasonRepaired(String original, String repaired) {
        closes.withTags(StatusKitMetrics.CODE, UNKNOWN, StatusKitMetrics.CATEGORY, UNKNOWN,
                StatusKitMetrics.DIRECTION, SENT, StatusKitMetrics.OUTCOME, REPAIRED).increment();
    }

    @Override
    public void closeFailed(int code, Throwable failure) {
        count(code, SENT, FAILED);
    }

    /** Counts a close that strict validation refused; {@code requested} may be any int. */
    @Override
    public void closeRefused(int requested, String rule) {
        count(requested, SENT, REFUSED);
    }

    private void count(int code, String direction, String outcome) {
        closes.withTags(StatusKitMetrics.CODE, StatusKitMetrics.closeCodeTag(code),
                StatusKitMetrics.CATEGORY, CATEGORY_TAGS[CloseCodeRegistry.categoryOf(code).ordinal()],
                StatusKitMetrics.DIRECTION, direction, StatusKitMetrics.OUTCOME, outcome).increment();
    }

    @Override
    public String toString() {
        return "StatusKitMetrics.closes(" + registry.getClass().getSimpleName() + ")";
    }
}
