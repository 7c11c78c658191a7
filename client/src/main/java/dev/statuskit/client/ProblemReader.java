package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.client.internal.InvalidDocumentException;
import dev.statuskit.client.internal.JsonParser;
import dev.statuskit.client.internal.XmlParser;
import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemBuilder;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.i18n.HttpStatusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RFC 9457 problem document back into a {@link Problem}: {@code application/problem+json}
 * ({@link #json()}) or {@code application/problem+xml} ({@link #xml()}, RFC 9457 Appendix B).
 *
 * <p>Tolerant where RFC 9457 asks for tolerance, strict where it does not:
 * <ul>
 *   <li>A standard member of the wrong type is ignored, as RFC 9457 §3.1 requires ("If a member's value type
 *       does not match the specified type, the member MUST be ignored"): {@code type}, {@code title},
 *       {@code detail} and {@code instance} must be strings, and {@code type} and {@code instance} URI
 *       references {@link URI} can parse. An ignored {@code type} leaves {@code about:blank}
 *       (RFC 9457 §3.1.1).</li>
 *   <li>{@code status} must be an integer from 100 to 599 (a JSON number such as {@code 404} or
 *       {@code 404.0}; in XML, the digits of {@code <status>}); otherwise, or when it is missing, the
 *       problem gets the status of the HTTP response, which is why {@link #read(byte[], int)} takes it.
 *       A valid member is kept even when it differs from the response's status: RFC 9457 §3.1.2 calls it
 *       advisory, and {@link ProblemResponseException#status()} has the response's.</li>
 *   <li>Every other member is kept as an extension, in document order, nested values included: JSON objects
 *       become unmodifiable {@code Map<String, Object>}s in document order, arrays {@code List<Object>}s,
 *       integers that fit a {@code long} {@link Long}s, every other number an exact {@link BigDecimal}
 *       ({@code 1e999} stays {@code 1E+999}), and booleans and null themselves. XML carries text only: there
 *       every leaf is a String (see {@link #xml()}).</li>
 *   <li>A member that {@link ProblemBuilder#with(String, Object)} cannot hold is left out: a name that
 *       breaks RFC 9457 §3.2 (fewer than three characters, not starting with a letter, other characters
 *       than letters, digits and {@code _}), or a nested object key that is not an XML name.</li>
 *   <li>Malformed input is a {@link ProblemParseException} stating the rule and the position, as is a
 *       member name repeated in one object (RFC 8259 §4 leaves duplicates to each parser; two parsers would
 *       read two different problems). Input is bounded: at most {@value #MAX_BYTES} bytes and
 *       {@value #MAX_DEPTH} levels of nesting, the document's own object or root element included.</li>
 * </ul>
 *
 * <p>Readers are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProblemReader {
    /** The largest document read: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting read, the document's object or root element being the first level. */
    public static final int MAX_DEPTH = 32;

    private static final ProblemReader JSON = new ProblemReader(ProblemFormat.JSON);
    private static final ProblemReader XML = new ProblemReader(ProblemFormat.XML);

    private final ProblemFormat format;

    private ProblemReader(ProblemFormat format) {
        this.format = format;
    }

    /**
     * The reader of {@code application/problem+json} (RFC 9457 §3), a strict RFC 8259 parser: a UTF-8 byte
     * order mark is skipped, other non-UTF-8 input refused; a {@code \}{@code u} escape of a lone surrogate is
     * kept as that char, as StatusKit's own writer produces it.
     */
    public static ProblemReader json() {
        return JSON;
    }

    /**
     * The reader of {@code application/problem+xml} (RFC 9457 Appendix B): root {@code <problem>} in namespace
     * {@code urn:ietf:rfc:7807}; elements of other namespaces and attributes skipped; no DTD.
     *
     * <p>XML has no types, so an extension's leaves are Strings: an element without child elements is its
     * text ({@code ""} when empty, which is also how null, an empty array and an empty object are written);
     * an element whose children are all {@code <i>} is a List; any other element with children a Map. XML
     * parsing also turns a carriage return written raw into a line feed (XML 1.0 §2.11).
     */
    public static ProblemReader xml() {
        return XML;
    }

    /**
     * The reader for a {@code Content-Type} value: {@code application/problem+json} or
     * {@code application/problem+xml}, parameters and case ignored; empty for anything else, null included.
     */
    public static Optional<ProblemReader> forContentType(@Nullable String contentType) {
        Optional<ProblemFormat> format = ProblemFormat.forMediaType(contentType);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        switch (format.get()) {
            case JSON: return Optional.of(JSON);
            case XML: return Optional.of(XML);
            default: return Optional.empty();
        }
    }

    /**
     * The reader for an HTTP response that carries a problem: an error status (400-599) and a
     * {@code Content-Type} {@link #forContentType} knows; empty for every other response. What
     * {@link ProblemBodyHandlers} and the Jakarta REST client filter ask first, and what an adapter of another
     * HTTP client can ask before it reads the body (at most {@value #MAX_BYTES} bytes of it, plus one to tell
     * it is too large) for {@link ProblemResponseException#fromResponse}.
     *
     * @param status the status of the response
     * @param contentType the response's {@code Content-Type}, or null if it has none
     */
    public static Optional<ProblemReader> forResponse(int status, @Nullable String contentType) {
        return status >= 400 && status <= 599 ? forContentType(contentType) : Optional.empty();
    }

    /** The format this reader reads: {@link ProblemFormat#JSON} or {@link ProblemFormat#XML}. */
    public ProblemFormat format() {
        return format;
    }

    /**
     * Reads a problem document.
     *
     * @param document the response body
     * @param httpStatus the status of the HTTP response: the problem's status when its own is missing or
     *     invalid
     * @return the problem; never null
     * @throws ProblemParseException if the document is malformed, larger than {@value #MAX_BYTES} bytes or
     *     nests deeper than {@value #MAX_DEPTH} levels
     * @throws IllegalArgumentException if {@code httpStatus} is outside 100-599
     */
    public Problem read(byte[] document, int httpStatus) {
        Objects.requireNonNull(document, "document");
        return read(document, document.length, httpStatus);
    }

    /**
     * Reads a problem document from a stream, at most {@value #MAX_BYTES} bytes of it plus one to tell that
     * it is too large; the stream is left open.
     *
     * @param httpStatus the status of the HTTP response, as for {@link #read(byte[], int)}
     * @throws IOException if the stream fails
     * @throws ProblemParseException as {@link #read(byte[], int)} does
     */
    public Problem read(InputStream in, int httpStatus) throws IOException {
        byte[] document = in.readNBytes(MAX_BYTES + 1);
        return read(document, document.length, httpStatus);
    }

    private Problem read(byte[] document, int length, int httpStatus) {
        String invalidStatus = HttpStatusRegistry.statusCodeExceptionMessage(httpStatus);
        if (invalidStatus != null) {
            throw new IllegalArgumentException("httpStatus: " + invalidStatus);
        }
        if (length > MAX_BYTES) {
            throw tooLarge();
        }
        Map<String, ? extends @Nullable Object> members;
        try {
            members = format == ProblemFormat.JSON
                    ? JsonParser.parseObject(document, length)
                    : XmlParser.parseProblem(document, length);
        } catch (InvalidDocumentException e) {
            throw translate(e);
        }
        return toProblem(members, httpStatus);
    }

    /** The exception for a document over {@link #MAX_BYTES}, whether read here or cut short by a client. */
    static ProblemParseException tooLarge() {
        return new ProblemParseException("A problem document of more than " + MAX_BYTES
                + " bytes is not read (the limit)", MAX_BYTES);
    }

    /**
     * The public exception for a parser's: the same rule, offset, position and cause, and the parser's stack
     * trace, which shows where the rule was found broken.
     */
    private static ProblemParseException translate(InvalidDocumentException e) {
        ProblemParseException failure = new ProblemParseException(e.rule(), e.offset(), e.position());
        if (e.getCause() != null) {
            failure.initCause(e.getCause());
        }
        failure.setStackTrace(e.getStackTrace());
        return failure;
    }

    private static Problem toProblem(Map<String, ? extends @Nullable Object> members, int httpStatus) {
        ProblemBuilder problem = Problem.builder().status(httpStatus);
        for (Map.Entry<String, ? extends @Nullable Object> member : members.entrySet()) {
            @Nullable Object value = member.getValue();
            switch (member.getKey()) {
                case "type":
                    uri(value).ifPresent(problem::type);
                    break;
                case "title":
                    if (value instanceof String title) {
                        problem.title(title);
                    }
                    break;
                case "status":
                    status(value).ifPresent(problem::status);
                    break;
                case "detail":
                    if (value instanceof String detail) {
                        problem.detail(detail);
                    }
                    break;
                case "instance":
                    uri(value).ifPresent(problem::instance);
                    break;
                default:
                    try {
                        problem.with(member.getKey(), value);
                    } catch (IllegalArgumentException cannotHold) {
                        // A name or nested key Problem cannot carry in every format: left out, as documented.
                    }
            }
        }
        return problem.build();
    }

    private static Optional<URI> uri(@Nullable Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> status(@Nullable Object value) {
        long status;
        if (value instanceof Long number) {
            status = number;
        } else if (value instanceof BigDecimal decimal) {
            try {
                status = decimal.longValueExact();
            } catch (ArithmeticException notAnInteger) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return status >= 100 && status <= 599 ? Optional.of((int) status) : Optional.empty();
    }
}
