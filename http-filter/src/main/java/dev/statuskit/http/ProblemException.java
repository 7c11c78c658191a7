package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by an application to answer with a problem of its own: StatusKit renders {@link #getProblem()}
 * with the problem's status, in the format and language the client asked for. For an {@code about:blank}
 * problem a missing title and detail are filled with the localized texts of the status, for a problem of a
 * {@link ProblemType} ({@code type.exception(args)}, {@code new ProblemException(type.problem(args).build())})
 * with the type's localized texts; a 5xx problem still gets an {@code errorId}.
 *
 * <p>The exception message is for logs only and never reaches the client.
 */
@API(status = STABLE, since = "0.1")
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not serialized: a deserialized exception has no problem. */
    private final transient @Nullable Problem problem;

    /** An exception that answers with this problem. */
    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** An exception that answers with this problem, caused by another. */
    public ProblemException(Problem problem, @Nullable Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").status() + " " + problem.type(), cause);
        this.problem = problem;
    }

    /**
     * The problem to answer with.
     *
     * @return the problem; null only for an exception that was serialized and deserialized, since the
     *     problem is not serialized
     */
    public @Nullable Problem getProblem() {
        return problem;
    }
}
