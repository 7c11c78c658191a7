package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProblemRequest} of the few parts most answers need, for code that has no container request at hand
 * (a scheduled job, a test). It has no headers but {@code Accept} and {@code Accept-Language}.
 *
 * @param method the request method, such as {@code GET}; a {@code HEAD} answer has no body
 * @param path the request path as the client sent it (percent-encoded), used for {@code instance} and logs
 * @param accept the {@code Accept} header, or null
 * @param acceptLanguage the {@code Accept-Language} header, or null
 * @param query the raw query string, or null; its {@value ProblemFormat#PARAMETER} parameter, if any,
 *     chooses the format over {@code Accept}
 */
@API(status = STABLE, since = "0.1")
public record RequestInfo(String method, String path, @Nullable String accept, @Nullable String acceptLanguage,
                          @Nullable String query) implements ProblemRequest {
    /** Checks that method and path are present. */
    public RequestInfo {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /** A request without a query string. */
    public RequestInfo(String method, String path, @Nullable String accept, @Nullable String acceptLanguage) {
        this(method, path, accept, acceptLanguage, null);
    }

    /** {@code Accept} and {@code Accept-Language} (any case); no other header. */
    @Override
    public Optional<String> header(String name) {
        if (name.equalsIgnoreCase("Accept")) {
            return Optional.ofNullable(accept);
        }
        if (name.equalsIgnoreCase("Accept-Language")) {
            return Optional.ofNullable(acceptLanguage);
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> rawQuery() {
        return Optional.ofNullable(query);
    }

    /**
     * The format the query string asks for with {@code format=json|xml|html|text}, else the one negotiated
     * from {@code Accept}.
     */
    public ProblemFormat format() {
        return ProblemFormat.fromQuery(query).orElseGet(() -> ProblemFormat.negotiate(accept));
    }
}
