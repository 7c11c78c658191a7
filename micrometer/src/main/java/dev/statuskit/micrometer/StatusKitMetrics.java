package dev.statuskit.micrometer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.ProblemListener;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.i18n.CloseCode;
import dev.statuskit.i18n.CloseCodeRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The two StatusKit meters, recorded through StatusKit's public listeners:
 * <pre>{@code
 * ProblemResponder.builder().listener(StatusKitMetrics.problems(registry))           // statuskit.http.problems
 * StatusKitWebSocketOptions.builder().addListener(StatusKitMetrics.closes(registry)) // statuskit.websocket.closes
 * }</pre>
 *
 * <h2>{@value #PROBLEMS}</h2>
 * A counter of the problem answers a {@link ProblemResponder} makes, one per answer, tagged
 * <ul>
 *   <li>{@value #STATUS}: the status, {@code 100} to {@code 599} (a responder answers no other);</li>
 *   <li>{@value #STATUS_CLASS}: {@code 1xx} to {@code 5xx};</li>
 *   <li>{@value #FORMAT}: {@code json}, {@code html}, {@code xml} or {@code text};</li>
 *   <li>{@value #LOCALE}: the BCP 47 tag of the answer's language, always one of the responder's catalog's
 *       supported locales, whatever {@code Accept-Language} or {@code ?lang=} said.</li>
 * </ul>
 * At most 500 &times; 4 &times; (number of supported locales) series: 40,000 for the standard catalog's 20
 * locales, far fewer in practice, since most statuses are never answered.
 *
 * <h2>{@value #CLOSES}</h2>
 * A counter of WebSocket close events, tagged {@value #CODE} ({@link #closeCodeTag(int)}), {@value #CATEGORY}
 * (the code's {@link dev.statuskit.i18n.CloseCodeCategory#id() category id}), {@value #DIRECTION} and
 * {@value #OUTCOME}; see {@link CloseMeters} for the events and {@link CloseMeters#MAX_SERIES} for the bound.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitMetrics {
    /** The name of the problem-answer counter; Prometheus shows it as {@code statuskit_http_problems_total}. */
    public static final String PROBLEMS = "statuskit.http.problems";
    /** The name of the close counter; Prometheus shows it as {@code statuskit_websocket_closes_total}. */
    public static final String CLOSES = "statuskit.websocket.closes";

    /** Problem tag: the status, such as {@code 404}. */
    public static final String STATUS = "status";
    /** Problem tag: the status class, such as {@code 4xx}. */
    public static final String STATUS_CLASS = "status_class";
    /** Problem tag: the format, {@code json}, {@code html}, {@code xml} or {@code text}. */
    public static final String FORMAT = "format";
    /** Problem tag: the BCP 47 tag of the answer's language, such as {@code zh-CN}. */
    public static final String LOCALE = "locale";

    /** Close tag: the code, by {@link #closeCodeTag(int)}. */
    public static final String CODE = "code";
    /** Close tag: the code's category id, such as {@code private} or {@code never-sent}. */
    public static final String CATEGORY = "category";
    /** Close tag: {@code sent} or {@code received}. */
    public static final String DIRECTION = "direction";
    /** Close tag: what happened, see {@link CloseMeters}. */
    public static final String OUTCOME = "outcome";

    /** The {@value #CODE} tag of a code in 1016-2999 (reserved, unassigned). */
    public static final String RESERVED_RANGE = "1016-2999";
    /** The {@value #CODE} tag of a code in 3000-3999 without its own IANA entry. */
    public static final String LIBRARY_RANGE = "3000-3999";
    /** The {@value #CODE} tag of a code in 4000-4999. */
    public static final String PRIVATE_RANGE = "4000-4999";
    /** The {@value #CODE} tag of a number that is no close code: below 1000, or 5000 and above. */
    public static final String INVALID = "invalid";

    private static final String[] CODE_TAGS = new String[CloseCodeRegistry.MAX_CODE - CloseCodeRegistry.MIN_CODE + 1];
    private static final List<String> ALL_CODE_TAGS;

    static {
        List<String> all = new ArrayList<>();
        for (CloseCode registered : CloseCodeRegistry.registered()) {
            String tag = Integer.toString(registered.code());
            CODE_TAGS[registered.code() - CloseCodeRegistry.MIN_CODE] = tag;
            all.add(tag);
        }
        for (int code = CloseCodeRegistry.MIN_CODE; code <= CloseCodeRegistry.MAX_CODE; code++) {
            if (CODE_TAGS[code - CloseCodeRegistry.MIN_CODE] == null) {
                CODE_TAGS[code - CloseCodeRegistry.MIN_CODE] = code >= CloseCodeRegistry.PRIVATE_RANGE_START
                        ? PRIVATE_RANGE : code >= CloseCodeRegistry.LIBRARY_RANGE_START ? LIBRARY_RANGE : RESERVED_RANGE;
            }
        }
        all.addAll(List.of(RESERVED_RANGE, LIBRARY_RANGE, PRIVATE_RANGE, INVALID));
        ALL_CODE_TAGS = Collections.unmodifiableList(all);
    }

    private StatusKitMetrics() {
    }

    /**
     * A listener that counts every answer of the responders it is given to in {@value #PROBLEMS}. Give it to
     * {@link ProblemResponder.Builder#listener}; chain it with others through {@link ProblemListener#andThen}.
     */
    public static ProblemListener problems(MeterRegistry registry) {
        return new ProblemMeters(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * A listener that counts the closes of the endpoints and listeners whose options it is added to in
     * {@value #CLOSES}. Add it with {@code StatusKitWebSocketOptions.Builder.addListener}; strict refusals,
     * substitutions and truncations are reported to it by the decorator.
     */
    public static CloseMeters closes(MeterRegistry registry) {
        return new CloseMeters(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * The {@value #CODE} tag of any int: the number of a code with its own IANA entry (1000-1015, 3000, 3003,
     * 3008), {@value #RESERVED_RANGE}, {@value #LIBRARY_RANGE} or {@value #PRIVATE_RANGE} for the other codes of
     * those ranges, and {@value #INVALID} for any number that is no close code. One of
     * {@link #closeCodeTags()}; never throws.
     */
    public static String closeCodeTag(int code) {
        return code >= CloseCodeRegistry.MIN_CODE && code <= CloseCodeRegistry.MAX_CODE
                ? CODE_TAGS[code - CloseCodeRegistry.MIN_CODE] : INVALID;
    }

    /**
     * Every value {@link #closeCodeTag(int)} can return: the registered codes in numeric order, then the three
     * ranges and {@value #INVALID}; 23 values. Unmodifiable.
     */
    public static List<String> closeCodeTags() {
        return ALL_CODE_TAGS;
    }
}
