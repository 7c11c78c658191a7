package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.internal.HeaderTokens;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link LocaleResolver} may read of a request: its headers, its query string and its cookies, whatever
 * the container. Each adapter (servlet filter, Jakarta REST, container error handler, WebSocket handshake)
 * offers its request through this view.
 *
 * <p>Reading is tolerant and bounded: a malformed query or cookie yields empty rather than an exception, and at
 * most {@value #MAX_SCANNED_CHARS} characters of a query string or {@code Cookie} header are searched (and the
 * one after them, to tell whether the limit cuts a parameter or cookie, which is then ignored: a value cut
 * from {@code zh-TW} to {@code zh} would choose another language).
 */
@API(status = STABLE, since = "0.1")
public interface LocaleRequest {
    /** The most characters of a query string or {@code Cookie} header that are searched. */
    int MAX_SCANNED_CHARS = 4096;

    /**
     * The value of a header. A header sent as several field lines has one value here, their values
     * {@linkplain #combinedValue combined} in order.
     *
     * @param name the header name, case-insensitive
     * @return the value, or empty if the request has no such header
     */
    Optional<String> header(String name);

    /**
     * One value for a header that may arrive as several field lines, as {@link #header} returns it: the lines'
     * values in order, joined with {@code ", "} as RFC 9110 §5.3 combines the lines of a list, or with
     * {@code "; "} for {@code Cookie}, whose pairs an HTTP/2 client may send one per line (RFC 9113 §8.2.3). Every
     * adapter reads its container's headers through this, so that a request negotiates alike whichever adapter
     * answers it.
     *
     * @param name the header name, any case
     * @param lines the values of its field lines, in the order received; null ones are skipped
     * @return the combined value, or empty if there is no line
     */
    static Optional<String> combinedValue(String name, Iterator<? extends @Nullable String> lines) {
        Objects.requireNonNull(name, "name");
        String first = null;
        while (first == null && lines.hasNext()) {
            first = lines.next();
        }
        if (first == null) {
            return Optional.empty();
        }
        if (!lines.hasNext()) {
            return Optional.of(first);
        }
        String separator = "Cookie".equalsIgnoreCase(name) ? "; " : ", ";
        StringBuilder combined = new StringBuilder(first);
        while (lines.hasNext()) {
            String line = lines.next();
            if (line != null) {
                combined.append(separator).append(line);
            }
        }
        return Optional.of(combined.toString());
    }

    /** The query string as sent, still percent-encoded, without the {@code ?}; empty if there is none. */
    Optional<String> rawQuery();

    /**
     * The first value of a query parameter, percent-decoded as UTF-8.
     *
     * @param name the parameter name, compared exactly
     * @return the value, or empty if the parameter is absent, its encoding is malformed, or it does not lie
     *     wholly within the first {@value #MAX_SCANNED_CHARS} characters
     */
    default Optional<String> queryParameter(String name) {
        Objects.requireNonNull(name, "name");
        String query = rawQuery().orElse("");
        int limit = Math.min(query.length(), MAX_SCANNED_CHARS);
        for (int start = 0; start < limit; ) {
            int end = HeaderTokens.find(query, '&', start, limit);
            if (end == limit && limit < query.length() && query.charAt(limit) != '&') {
                return Optional.empty(); // the limit cuts this parameter
            }
            int eq = HeaderTokens.find(query, '=', start, end);
            if (eq - start == name.length() && eq < end && eq > start && query.startsWith(name, start)) {
                try {
                    return Optional.of(URLDecoder.decode(query.substring(eq + 1, end), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * A cookie's value from the {@code Cookie} header (RFC 6265 §4.2.1: {@code name=value} pairs separated by
     * {@code ;}), without surrounding double quotes.
     *
     * @param name the cookie name, compared exactly
     * @return the value, or empty if there is no such cookie wholly within the first
     *     {@value #MAX_SCANNED_CHARS} characters
     */
    default Optional<String> cookie(String name) {
        Objects.requireNonNull(name, "name");
        String cookies = header("Cookie").orElse("");
        int limit = Math.min(cookies.length(), MAX_SCANNED_CHARS);
        for (int start = 0; start < limit; ) {
            int end = HeaderTokens.find(cookies, ';', start, limit);
            if (end == limit && limit < cookies.length() && cookies.charAt(limit) != ';') {
                return Optional.empty(); // the limit cuts this cookie
            }
            String pair = cookies.substring(start, end).strip();
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                String value = pair.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * A request made of a header map and a query string, for a container that offers them so (a WebSocket
     * handshake) and for tests.
     *
     * @param headers header names (any case) to the values of their field lines, {@linkplain #combinedValue combined}
     *     when read; the map is read, not copied
     * @param rawQuery the percent-encoded query string without {@code ?}, or null
     */
    static LocaleRequest of(Map<String, List<String>> headers, @Nullable String rawQuery) {
        Objects.requireNonNull(headers, "headers");
        return new LocaleRequest() {
            @Override
            public Optional<String> header(String name) {
                for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                    if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null) {
                        Optional<String> value = combinedValue(name, entry.getValue().iterator());
                        if (value.isPresent()) {
                            return value;
                        }
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> rawQuery() {
                return Optional.ofNullable(rawQuery);
            }

            @Override
            public String toString() {
                return "LocaleRequest[" + headers.keySet().stream()
                        .map(k -> String.valueOf(k).toLowerCase(Locale.ROOT)).toList()
                        + (rawQuery != null ? ", query" : "") + "]";
            }
        };
    }
}
