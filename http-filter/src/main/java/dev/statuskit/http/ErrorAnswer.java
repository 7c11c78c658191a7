package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Everything about an answer to an error, decided once by the {@link ProblemResponder}: the status, the
 * headers StatusKit sets, which of the application's headers survive, and the body or none. Every adapter
 * applies it the same way, in a few lines:
 * <ol>
 *   <li>drop every application header for which {@link #keepsHeader(String)} is false (those that
 *       describe the representation the answer replaces: {@code Content-Type}, {@code Content-Length},
 *       {@code ETag}, {@code Last-Modified}, ...) and keep the rest ({@code Allow}, {@code Retry-After},
 *       {@code WWW-Authenticate}, cookies, CORS headers, and a 416's {@code Content-Range});</li>
 *   <li>send {@link #status()} and set every header of {@link #headers()};</li>
 *   <li>set {@code Content-Length} to {@link #contentLength()} if there is one, and if {@link #hasBody()} send the
 *       body with {@link #writeBody(OutputStream)}, or {@link #body()} where an API takes one array.</li>
 * </ol>
 *
 * <p>Immutable. The body is rendered once, when the answer is made, and kept in parts: those many answers share
 * (an HTML page's start and style sheet, the texts of a status in a language), encoded once, and this answer's own.
 * {@link #writeBody} writes each part as it is; {@link #body()} copies them into one array.
 */
@API(status = STABLE, since = "0.1")
public final class ErrorAnswer {
    static final byte[] NO_BODY = new byte[0];

    /** Application headers that describe the representation the answer replaces, and so are dropped. */
    private static final String[] REPRESENTATION_HEADERS = {"content-type", "content-length",
            "content-encoding", "content-language", "content-range", "content-disposition", "content-location",
            "transfer-encoding", "etag", "last-modified"};

    private static final String CONTENT_RANGE = "content-range";

    private final Problem problem;
    private final ProblemFormat format;
    private final Locale locale;
    private final Map<String, String> headers;
    private final Body body;
    private final boolean hasBody;
    private final OptionalInt contentLength;

    /**
     * @param body the body to send, empty if none is sent
     * @param contentLength the length of the representation, -1 for none: the body's length, or for {@code HEAD}
     *        the length of the body a {@code GET} would have been sent
     */
    ErrorAnswer(Problem problem, ProblemFormat format, Locale locale, Map<String, String> headers, Body body,
                boolean hasBody, int contentLength) {
        this.problem = problem;
        this.format = format;
        this.locale = locale;
        this.headers = headers;
        this.body = body;
        this.hasBody = hasBody;
        this.contentLength = contentLength >= 0 ? OptionalInt.of(contentLength) : OptionalInt.empty();
    }

    /** The status to send; the problem's. */
    public int status() {
        return problem.status();
    }

    /**
     * The headers to set, replacing any of the same name, in order: for a status that can carry content
     * {@code Content-Type}, {@code Content-Language}, {@code Vary: Accept, Accept-Language},
     * {@code Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}; none for 1xx, 204 and 304.
     * Unmodifiable, and made once for the answers of one format and language, which share it.
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

    /**
     * The body: UTF-8 bytes in {@link #format()}, empty if there is none. A copy; the answer keeps its own, in
     * parts that it shares with other answers (an HTML page's start), which {@link #writeBody} sends without a copy.
     */
    public byte[] body() {
        return body.length() == 0 ? NO_BODY : body.toByteArray();
    }

    /** The length in bytes of the body that is sent, 0 if none is; {@link #contentLength()} is the one to send. */
    public int bodyLength() {
        return body.length();
    }

    /**
     * The {@code Content-Length} to send, if any: the body's length; for a {@code HEAD} request, which gets no body,
     * the length of the one a {@code GET} would get (RFC 9110 §8.6: a server must not send any other value, and a
     * container that sees nothing written would send 0); none for 1xx, 204 and 304, which carry no content (§8.6
     * forbids the field for 1xx and 204).
     */
    public OptionalInt contentLength() {
        return contentLength;
    }

    /**
     * Writes the body, if there is one, to a stream that is left open: in a few writes, one per part, none of them
     * copied first. Some of the arrays are shared with other answers; as {@link OutputStream#write(byte[])} implies,
     * the stream must only read them.
     */
    public void writeBody(OutputStream out) throws IOException {
        body.writeTo(out);
    }

    /**
     * Whether an application header of this name survives when this answer replaces the response:
     * {@link #keepsApplicationHeader(String)}, and also {@code Content-Range} on a 416 (Range Not Satisfiable),
     * where it gives the length of the representation the range missed ({@code bytes *}{@code /47022}, RFC 9110
     * §14.4), not the body the answer replaces. The test every adapter applies. Case-insensitive.
     */
    public boolean keepsHeader(String name) {
        return keepsApplicationHeader(name) || (status() == 416 && sameIgnoringAsciiCase(CONTENT_RANGE, name));
    }

    /**
     * Whether an application header of this name survives an answer of any status: false for the headers that
     * describe the replaced representation ({@code Content-Type}, {@code Content-Length}, {@code Content-Encoding},
     * {@code Content-Language}, {@code Content-Range}, {@code Content-Disposition}, {@code Content-Location},
     * {@code Transfer-Encoding}, {@code ETag}, {@code Last-Modified}), true for the rest. An answer of a known status
     * says more: {@link #keepsHeader(String)}. Case-insensitive.
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
                + (hasBody ? ", " + body.length() + " bytes" : ", no body") + "]";
    }
}
