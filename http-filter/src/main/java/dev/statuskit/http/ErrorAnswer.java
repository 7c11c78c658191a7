package dev.statuskit.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A complete answer to an error: status, headers and body, ready for any container to send.
 *
 * <p>An adapter sends {@link #status()}, sets every header of {@link #headers()} (replacing the
 * application's values of those names, and dropping its {@linkplain #isRepresentationHeader
 * representation headers}, while keeping the rest, such as {@code Allow}, {@code Retry-After},
 * {@code WWW-Authenticate} and CORS headers), and writes {@link #writeBody(OutputStream)}.
 *
 * <p>Instances are immutable; the body is rendered on demand.
 */
public final class ErrorAnswer {
    /** Application headers that describe the representation the answer replaces, and so are dropped. */
    private static final Set<String> REPRESENTATION_HEADERS = Set.of("content-type", "content-length",
            "content-encoding", "content-language", "content-range", "content-disposition", "content-location",
            "transfer-encoding", "etag", "last-modified");

    private final Problem problem;
    private final ProblemFormat format;
    private final Locale locale;
    private final Map<String, String> headers;
    private final ProblemRenderer renderer;
    private final boolean hasBody;

    ErrorAnswer(Problem problem, ProblemFormat format, Locale locale, Map<String, String> headers,
                ProblemRenderer renderer, boolean hasBody) {
        this.problem = problem;
        this.format = format;
        this.locale = locale;
        this.headers = headers;
        this.renderer = renderer;
        this.hasBody = hasBody;
    }

    /** The status to send; the problem's. */
    public int status() {
        return problem.status();
    }

    /**
     * The headers to set, in order: for a status that can carry content {@code Content-Type},
     * {@code Content-Language}, {@code Vary: Accept, Accept-Language}, {@code Cache-Control: no-store} and
     * {@code X-Content-Type-Options: nosniff}; none for 1xx, 204 and 304. Unmodifiable.
     */
    public Map<String, String> headers() {
        return headers;
    }

    /** The problem, complete: localized texts, {@code instance} and {@code errorId} filled in. */
    public Problem problem() {
        return problem;
    }

    /** The negotiated format. */
    public ProblemFormat format() {
        return format;
    }

    /** The negotiated locale, also sent as {@code Content-Language}. */
    public Locale locale() {
        return locale;
    }

    /** Whether a body is sent: false for {@code HEAD} requests and for 1xx, 204 and 304. */
    public boolean hasBody() {
        return hasBody;
    }

    /** Writes the body, if there is one, to a stream that is left open. */
    public void writeBody(OutputStream out) throws IOException {
        if (hasBody) {
            renderer.render(problem, locale, out);
        }
    }

    /** The body; empty if there is none. */
    public byte[] body() {
        return hasBody ? renderer.render(problem, locale) : new byte[0];
    }

    /**
     * Whether an application header of this name describes the representation an error answer replaces
     * ({@code Content-Type}, {@code Content-Length}, {@code Content-Encoding}, {@code ETag},
     * {@code Last-Modified}, ...), so that an adapter drops it. Case-insensitive.
     */
    public static boolean isRepresentationHeader(String name) {
        return REPRESENTATION_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "ErrorAnswer[" + status() + " " + format + " " + locale.toLanguageTag() + (hasBody ? "" : ", no body")
                + "]";
    }
}
