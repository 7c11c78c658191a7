package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The four representations of a problem, in the order that breaks ties in negotiation.
 */
@API(status = STABLE, since = "0.1")
public enum ProblemFormat {
    /** {@code application/problem+json} (RFC 9457 §3). No charset parameter: JSON is always UTF-8. */
    JSON("application/problem+json", "application/problem+json"),
    /** An HTML page for browsers, {@code text/html}, UTF-8. */
    HTML("text/html", "text/html;charset=utf-8"),
    /** {@code application/problem+xml} (RFC 9457 Appendix B), UTF-8. */
    XML("application/problem+xml", "application/problem+xml;charset=utf-8"),
    /** {@code text/plain}, UTF-8. */
    TEXT("text/plain", "text/plain;charset=utf-8");

    private final String mediaType;
    private final String contentType;

    ProblemFormat(String mediaType, String contentType) {
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    /** The media type without parameters, such as {@code application/problem+json}. */
    public String mediaType() {
        return mediaType;
    }

    /** The {@code Content-Type} value, with {@code charset=utf-8} where the media type defines one. */
    public String contentType() {
        return contentType;
    }

    /** The format whose media type is exactly this one (parameters and case ignored). */
    public static Optional<ProblemFormat> forMediaType(@Nullable String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int semicolon = mediaType.indexOf(';');
        String bare = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        for (ProblemFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The query parameter that chooses a format over {@code Accept}, so that a plain link (such as the HTML
     * page's link to the problem+json form) can ask for one: {@code ?format=json}, {@code xml}, {@code html}
     * or {@code text}. It only ever changes how an error answer is written.
     */
    public static final String PARAMETER = "format";

    /** Longest query string searched for the parameter; longer ones are read up to this length. */
    private static final int MAX_QUERY_CHARS = 2048;

    /**
     * The format named by the {@value #PARAMETER} parameter of a raw query string; empty if there is none
     * or its value is not one of {@code json}, {@code xml}, {@code html} and {@code text}. Never throws.
     */
    public static Optional<ProblemFormat> fromQuery(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        int limit = Math.min(query.length(), MAX_QUERY_CHARS);
        int start = 0;
        while (start < limit) {
            int end = query.indexOf('&', start);
            if (end < 0 || end > limit) {
                end = limit;
            }
            if (query.startsWith(PARAMETER + "=", start)) {
                switch (query.substring(start + PARAMETER.length() + 1, end)) {
                    case "json": return Optional.of(JSON);
                    case "xml": return Optional.of(XML);
                    case "html": return Optional.of(HTML);
                    case "text": return Optional.of(TEXT);
                    default: return Optional.empty();
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * A raw query string without its {@value #PARAMETER} parameters and empty parameters, the others in their order:
     * what a link to another format of the same answer keeps. Null if nothing is left.
     */
    static @Nullable String withoutFormat(@Nullable String query) {
        if (query == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(query.length());
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            boolean format = query.startsWith(PARAMETER, start) && (start + PARAMETER.length() == end
                    || query.charAt(start + PARAMETER.length()) == '=');
            if (end > start && !format) {
                if (kept.length() > 0) {
                    kept.append('&');
                }
                kept.append(query, start, end);
            }
            start = end + 1;
        }
        return kept.length() > 0 ? kept.toString() : null;
    }

    /**
     * Chooses the format for an {@code Accept} header value (RFC 9110 §12.5.1).
     *
     * <p>Each format accepts a family of media types: JSON takes {@code application/json},
     * {@code application/problem+json} and any {@code application/*+json}; XML takes
     * {@code application/xml}, {@code text/xml}, {@code application/problem+xml} and any other
     * {@code +xml} type except {@code application/xhtml+xml}; HTML takes {@code text/html}; TEXT takes
     * {@code text/plain}. A format's weight is that of the most specific range that matches one of its
     * types (exact type, then {@code +json}/{@code +xml} suffix, then {@code type/*}, then {@code *}{@code /*}).
     * The highest weight wins; ties go to the more specific match, then to the format declared first here
     * (JSON, HTML, XML, TEXT).
     *
     * <p>The parser is tolerant and bounded: malformed ranges and weights are skipped, at most
     * 8192 characters and 64 ranges
     * are read, and it never throws.
     *
     * <p>A missing or empty header, {@code *}{@code /*}, and a header that accepts none of the formats all
     * give {@link #JSON}: an error answer may disregard {@code Accept} rather than answer 406
     * (RFC 9110 §12.1 and §15.5.7), and problem+json is the representation RFC 9457 defines first.
     *
     * @param accept the {@code Accept} header value, or null
     */
    public static ProblemFormat negotiate(@Nullable String accept) {
        return AcceptNegotiation.negotiate(accept);
    }
}
