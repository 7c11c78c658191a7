package dev.statuskit.client.internal;

import dev.statuskit.client.ProblemParseException;
import dev.statuskit.client.ProblemReader;
import dev.statuskit.client.ProblemResponseException;
import dev.statuskit.client.RetryAfter;
import dev.statuskit.http.Problem;
import java.util.Optional;

/** What both HTTP clients share: which responses are problems, and the exception one becomes. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    /** The reader for a response that is an error (400-599) with a problem+json or problem+xml body. */
    public static Optional<ProblemReader> readerFor(int status, String contentType) {
        return status >= 400 && status <= 599 ? ProblemReader.forContentType(contentType) : Optional.empty();
    }

    /**
     * The exception for a problem response; a body that cannot be read gives a problem with only the
     * status, and the {@link ProblemParseException} as the cause.
     */
    public static ProblemResponseException exception(ProblemReader reader, int status, byte[] body, String retryAfter) {
        RetryAfter retry = RetryAfter.parse(retryAfter).orElse(null);
        try {
            return new ProblemResponseException(status, reader.read(body, status), retry, null);
        } catch (ProblemParseException e) {
            return unreadable(status, retry, e);
        }
    }

    /** The exception for a problem response whose body could not be read. */
    public static ProblemResponseException unreadable(int status, RetryAfter retryAfter, Throwable cause) {
        return new ProblemResponseException(status, Problem.builder().status(status).build(), retryAfter, cause);
    }

    /** The exception for a problem response whose body is over the limit. */
    public static ProblemResponseException tooLarge(int status, String retryAfter) {
        return unreadable(status, RetryAfter.parse(retryAfter).orElse(null), new ProblemParseException(
                "A problem document of more than " + ProblemReader.MAX_BYTES + " bytes is not read (the limit)",
                ProblemReader.MAX_BYTES));
    }
}
