package dev.statuskit.http.jaxrs;

import dev.statuskit.http.ProblemResponder;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A responder looked up when an answer first needs it, and then kept: the one the servlet filter shares, which a filter
 * started after the Jakarta REST runtime (Jersey's {@code ServletContainer} declared as a filter ahead of StatusKit's) has
 * not shared yet when the runtime configures the feature. By the first request every filter has started.
 *
 * <p>Two threads may both look it up; they find the same responder, which is immutable.
 */
final class LazyResponder implements Supplier<ProblemResponder> {
    private final Supplier<ProblemResponder> lookup;
    private volatile @Nullable ProblemResponder found;

    LazyResponder(Supplier<ProblemResponder> lookup) {
        this.lookup = lookup;
    }

    @Override
    public ProblemResponder get() {
        ProblemResponder responder = found;
        if (responder == null) {
            responder = Objects.requireNonNull(lookup.get(), "the looked-up responder");
            found = responder;
        }
        return responder;
    }
}
