package dev.statuskit.client.jaxrs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.client.ProblemResponseException;
import dev.statuskit.client.RetryAfter;
import dev.statuskit.http.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a Jakarta REST client call throws for a problem response when {@link StatusKitClientFeature} is
 * registered: a {@link WebApplicationException}, as the client throws for other error responses, whose
 * {@linkplain #getCause() cause} is the {@link ProblemResponseException} with the status, the problem and
 * {@code Retry-After}; {@link #problem()} and {@link #retryAfter()} reach them directly.
 *
 * <p>Jersey rethrows a {@code WebApplicationException} thrown by a response filter as it is (it unwraps it
 * from its {@code ProcessingException}), so {@code catch (ProblemWebApplicationException e)} works around a
 * synchronous call. An asynchronous call completes its future with it, usually wrapped by the future:
 * {@link ProblemResponseException#find(Throwable)} finds the problem in any chain of causes.
 *
 * <p>{@link #getResponse()} has the response's status and headers, and its body bytes as entity.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ProblemWebApplicationException extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a problem response.
     *
     * @param problem the status, problem and Retry-After, which becomes the cause
     * @param response the response, to be {@link #getResponse()}
     */
    public ProblemWebApplicationException(ProblemResponseException problem, Response response) {
        super(Objects.requireNonNull(problem, "problem").getMessage(), problem, response);
    }

    /** The status, problem and {@code Retry-After} of the response. */
    public ProblemResponseException problemResponse() {
        return (ProblemResponseException) getCause();
    }

    /**
     * The problem the response carried; null only after deserialization, as
     * {@link ProblemResponseException#problem()}.
     */
    public @Nullable Problem problem() {
        return problemResponse().problem();
    }

    /** The response's {@code Retry-After}, if valid (RFC 9110 §10.2.3). */
    public Optional<RetryAfter> retryAfter() {
        return problemResponse().retryAfter();
    }
}
