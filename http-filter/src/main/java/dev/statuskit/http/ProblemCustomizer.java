package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Sees every problem before it is rendered, and may enrich it: add extension members (a trace id, an
 * application field) or set {@code instance}. The status, type, title, detail and {@code errorId} are
 * decided by then and stay as they are: a customizer that changes them is overruled, and that is logged.
 *
 * <p>Customizers run on every error answer, in every format and from every adapter. They must be
 * thread-safe and quick. One that throws is logged and skipped: the answer goes out without its additions.
 *
 * <pre>{@code
 * ProblemCustomizer tenant = (problem, request) ->
 *         request.header("X-Tenant").ifPresent(t -> problem.with("tenant", t));
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface ProblemCustomizer {
    /** The member {@link #traceId()} adds. */
    String TRACE_ID = "traceId";

    /**
     * Enriches a problem.
     *
     * @param problem the problem so far; add members with {@link ProblemBuilder#with} or set
     *     {@link ProblemBuilder#instance}
     * @param request the request it answers
     */
    void customize(ProblemBuilder problem, ProblemRequest request);

    /** This customizer, then the other. */
    default ProblemCustomizer andThen(ProblemCustomizer other) {
        Objects.requireNonNull(other, "other");
        ProblemCustomizer first = this;
        return new ProblemCustomizer() {
            @Override
            public void customize(ProblemBuilder problem, ProblemRequest request) {
                first.customize(problem, request);
                other.customize(problem, request);
            }

            @Override
            public String toString() {
                return first + ".andThen(" + other + ")";
            }
        };
    }

    /** The customizer that changes nothing, the default. */
    static ProblemCustomizer none() {
        return NoCustomizer.INSTANCE;
    }

    /**
     * Adds {@value #TRACE_ID}: the trace id of a W3C Trace Context {@code traceparent} header
     * (32 lowercase hex digits), so that a user's report leads to the trace. The header is validated as the
     * Trace Context specification says; a malformed one is ignored, never echoed.
     */
    static ProblemCustomizer traceId() {
        return TraceParent.CUSTOMIZER;
    }
}

/** {@link ProblemCustomizer#none()}. */
final class NoCustomizer implements ProblemCustomizer {
    static final NoCustomizer INSTANCE = new NoCustomizer();

    private NoCustomizer() {
    }

    @Override
    public void customize(ProblemBuilder problem, ProblemRequest request) {
    }

    @Override
    public String toString() {
        return "none()";
    }
}
