package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Everything about an answer to an error, decided once by the {@link ProblemResponder}: the status, the
 * headers StatusKit sets, which of the application's headers survive, and the body or none. Every adapter
 * applies it the same way, in a few lines:
 * <ol>
 *   <li>drop every application header for which {@link #keepsApplicationHeader(String)} is false (those that
 *       describe the representation the answer replaces: {@code Content-Type}, {@code Content-Length},
 *       {@code ETag}, {@code Last-Modified}, ...) and keep the rest ({@code Allow}, {@code Retry-After},
 *       {@code WWW-Authenticate}, cookies, CORS headers);</li>
 *   <li>send {@link #status()} and set every header of {@link #headers()};</li>
 *   <li>if {@link #hasBody()}, send {@link #body()} with its length.</li>
 * </ol>
 *
 * <p>Immutable. The body is rendered once, when the answer is made.
 */
@API(status = STABLE, since = "0.1")
public final class ErrorAnswer {
    static final byte[] NO_BODY = new byte[0];

    /** Application headers that describe the representation the answer replaces, and so are dropped. */
    private static final String[] REPRESENTATION_HEADERS = {"content-type", "content-length",
            "content-encoding", "content-language", "content-range", "content-disposition", "content-location",
            "transfer-encoding", "etag", "last-modified"};

    private final Problem problem;
    private final ProblemFormat format;
    private final Locale locale;
    private final Map<String, String> headers;
    private final byte[] body;
    private final boolean hasBody;

    ErrorAnswer(Problem problem, ProblemFormat format, Locale locale, Map<String, String> headers, byte[] body,
                boolean hasBody) {
        this.problem = problem;
        this.format = format;
        this.locale = locale;
        this.headers = headers;
        this.body = body;
        this.hasBody = hasBody;
    }

    /** The status to send; the problem's. */
    public int status() {
        return problem.status();
    }

    /**
     * The headers to set, replacing any of the same name, in order: for a status that can carry content
     * {@code Content-Type}, {@code Content-Language}, {@code Vary: Accept, Accept-Language},
     * {@code Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}; none for 1xx, 204 and 304.
     * Unmodifiable.
     */
    public Map<String, String> headers() {
        return headers;
    }

    /** The problem, complete: localized texts, {@code instance}, {@code errorId} and customizations filled in. */
    public Problem problem() {
        return problem;
    }

    /** The negotiated format. */
    public ProblemFormat format() {
        return format;
    }

    /** The locale of the texts, also sent as {@code Content-Language}. */
    public Locale locale() {
        return locale;
    }

    /** Whether a body is sent: false for {@code HEAD} requests and for 1xx, 204 and 304. */
    public boolean hasBody() {
        return hasBody;
    }

    /** The body: UTF-8 bytes in {@link #format()}, empty if there is none. A copy; the answer keeps its own. */
    public byte[] body() {
        return body.length == 0 ? NO_BODY : body.clone();
    }

    /** The length of the body in bytes, 0 if there is none; for {@code Content-Length}. */
    public int bodyLength() {
        return body.length;
    }

    /** Writes the body, if there is one, to a stream that is left open. */
    public void writeBody(OutputStream out) throws IOException {
        out.write(body);
    }

    /**
     * Whether an application header of this name survives when the answer replaces the response: false for the
     * headers that describe the replaced representation ({@code Content-Type}, {@code Content-Length},
     * {@code Content-Encoding}, {@code Content-Language}, {@code Content-Range}, {@code Content-Disposition},
     * {@code Content-Location}, {@code Transfer-Encoding}, {@code ETag}, {@code Last-Modified}), true for the
     * rest. The one list every adapter uses. Case-insensitive.
     */
    public static boolean keepsApplicationHeader(String name) {
        // Compared without lower-casing a copy of the name: this runs for every header of every error answer.
        for (String representation : REPRESENTATION_HEADERS) {
            if (sameIgnoringAsciiCase(representation, name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name equals a lower-case ASCII constant once its ASCII capitals are lowered: exactly what
     * {@code name.toLowerCase(Locale.ROOT).equals(lower)} says for such a constant, without the copy.
     */
    private static boolean sameIgnoringAsciiCase(String lower, String name) {
        if (lower.length() != name.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char expected = lower.charAt(i);
            char c = name.charAt(i);
            if (c != expected && !(expected >= 'a' && expected <= 'z' && c == expected - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ErrorAnswer[" + status() + " " + format + " " + locale.toLanguageTag()
                + (hasBody ? ", " + body.length + " bytes" : ", no body") + "]";
    }
}
