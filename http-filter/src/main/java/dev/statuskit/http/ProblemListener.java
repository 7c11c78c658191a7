package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Told of every error answer a {@link ProblemResponder} makes, once it is decided: for metrics, audits or
 * tests. It sees the {@link ErrorAnswer} (status, format, locale, problem) and the request, and changes
 * nothing. Listeners run on the request's thread and must be quick and thread-safe; one that throws is logged
 * and the answer goes out all the same.
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface ProblemListener {
    /**
     * An answer was decided.
     *
     * @param answer the answer, about to be applied by the adapter
     * @param request the request it answers
     */
    void answered(ErrorAnswer answer, ProblemRequest request);

    /** This listener, then the other. */
    default ProblemListener andThen(ProblemListener other) {
        Objects.requireNonNull(other, "other");
        ProblemListener first = this;
        return (answer, request) -> {
            first.answered(answer, request);
            other.answered(answer, request);
        };
    }

    /** The listener that does nothing, the default. */
    static ProblemListener none() {
        return NoListener.INSTANCE;
    }
}

/** {@link ProblemListener#none()}. */
final class NoListener implements ProblemListener {
    static final NoListener INSTANCE = new NoListener();

    private NoListener() {
    }

    @Override
    public void answered(ErrorAnswer answer, ProblemRequest request) {
    }

    @Override
    public String toString() {
        return "none()";
    }
}
