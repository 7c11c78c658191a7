package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.Problem;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP error response (4xx or 5xx) that carried an RFC 9457 problem: its status, the {@link Problem}
 * read from its body, and its {@code Retry-After}.
 *
 * <p>It is an {@link IOException} because it is how a request ends, as the JDK client's other failures are.
 * How each client surfaces it:
 * <ul>
 *   <li>JDK {@code HttpClient} with a handler from {@link ProblemBodyHandlers}: {@code HttpClient.send} wraps
 *       every failure of a body handler in a new {@code IOException}, so use
 *       {@link ProblemBodyHandlers#send ProblemBodyHandlers.send}, which throws this exception itself, or
 *       {@link #find(Throwable)} on what {@code send} or {@code sendAsync} gave.</li>
 *   <li>Jakarta REST client with {@code StatusKitClientFeature}: the call throws a
 *       {@code ProblemWebApplicationException}, a {@code WebApplicationException} whose cause is this
 *       exception.</li>
 * </ul>
 *
 * <p>If the body could not be read as a problem (malformed, too large), {@link #problem()} holds only the
 * status and {@link #getCause()} is the {@link ProblemParseException}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ProblemResponseException extends IOException {
    private static final long serialVersionUID = 1L;
    /** How many causes {@link #find} follows at most. */
    private static final int MAX_CAUSES = 32;

    private final int status;
    /** Not serialized: a deserialized exception has no problem. */
    private final transient @Nullable Problem problem;
    /** Not serialized, as the problem. */
    private final transient @Nullable RetryAfter retryAfter;

    /**
     * An exception for a problem response.
     *
     * @param status the HTTP status of the response
     * @param problem the problem read from the body
     * @param retryAfter the response's {@code Retry-After}, or null
     * @param cause why the body could not be read, or null when it was
     */
    public ProblemResponseException(int status, Problem problem, @Nullable RetryAfter retryAfter,
            @Nullable Throwable cause) {
        super(message(status, Objects.requireNonNull(problem, "problem")), cause);
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /**
     * The exception for a problem response, its body read with {@code reader}: what {@link ProblemBodyHandlers}
     * and the Jakarta REST client filter throw, for an adapter of another HTTP client to throw too. A body that
     * cannot be read as a problem (malformed, or more than {@value ProblemReader#MAX_BYTES} bytes) gives a problem
     * with only the status, and the {@link ProblemParseException} as the {@linkplain #getCause() cause}; this
     * method does not throw it.
     *
     * @param reader the reader {@link ProblemReader#forResponse} gave for the response
     * @param status the HTTP status of the response
     * @param body the response body, or its first {@value ProblemReader#MAX_BYTES} bytes and one more
     * @param retryAfter the response's {@code Retry-After} header, or null; a value that is not valid
     *     (RFC 9110 §10.2.3) is ignored
     * @throws IllegalArgumentException if {@code status} is outside 100-599
     */
    public static ProblemResponseException fromResponse(ProblemReader reader, int status, byte[] body,
            @Nullable String retryAfter) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(body, "body");
        RetryAfter retry = RetryAfter.parse(retryAfter).orElse(null);
        try {
            return new ProblemResponseException(status, reader.read(body, status), retry, null);
        } catch (ProblemParseException e) {
            return unreadable(status, retry, e);
        }
    }

    /** The exception for a problem response whose body was cut off after {@value ProblemReader#MAX_BYTES} bytes. */
    static ProblemResponseException tooLarge(int status, @Nullable String retryAfter) {
        return unreadable(status, RetryAfter.parse(retryAfter).orElse(null), ProblemReader.tooLarge());
    }

    private static ProblemResponseException unreadable(int status, @Nullable RetryAfter retryAfter,
            ProblemParseException cause) {
        return new ProblemResponseException(status, Problem.builder().status(status).build(), retryAfter, cause);
    }

    private static String message(int status, Problem problem) {
        StringBuilder message = new StringBuilder("HTTP ").append(status);
        if (problem.title() != null) {
            message.append(' ').append(cut(problem.title()));
        }
        if (!problem.isAboutBlank()) {
            message.append(" (").append(cut(problem.type().toString())).append(')');
        }
        if (problem.detail() != null) {
            message.append(": ").append(cut(problem.detail()));
        }
        return message.toString();
    }

    /** Server text in a message is cut, so that a log line stays a line. */
    private static String cut(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    /** The HTTP status of the response (which the problem's own {@code status} should repeat, RFC 9457 §3.1.2). */
    public int status() {
        return status;
    }

    /** The problem the response carried; null only after deserialization. */
    public @Nullable Problem problem() {
        return problem;
    }

    /** The response's {@code Retry-After}, if it had a valid one (RFC 9110 §10.2.3). */
    public Optional<RetryAfter> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The first {@code ProblemResponseException} in a chain of causes, starting with {@code thrown} itself: the
     * way to it from the {@code IOException} of {@code HttpClient.send}, the {@code CompletionException} of
     * {@code sendAsync}, or a Jakarta REST exception.
     *
     * @param thrown any throwable, or null
     */
    public static Optional<ProblemResponseException> find(@Nullable Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.size() < MAX_CAUSES && seen.add(t); t = t.getCause()) {
            if (t instanceof ProblemResponseException found) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}
