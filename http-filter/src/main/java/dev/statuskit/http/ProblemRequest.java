package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.LocaleRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The request an error answers, as every adapter offers it to the {@link ProblemResponder}: its method and
 * path, and what a {@link dev.statuskit.i18n.LocaleResolver} or a {@link ProblemCustomizer} may read of it
 * (headers, query string, cookies).
 */
@API(status = STABLE, since = "0.1")
public interface ProblemRequest extends LocaleRequest {
    /** The request method, such as {@code GET}; a {@code HEAD} answer has no body. */
    String method();

    /** The request path as the client sent it (percent-encoded); for {@code instance} and the log line. */
    String path();

    /**
     * A request made of its parts, for a container that offers them so, and for tests.
     *
     * @param headers header names (any case) to their values; read, not copied
     * @param rawQuery the percent-encoded query string without {@code ?}, or null
     */
    static ProblemRequest of(String method, String path, Map<String, List<String>> headers, @Nullable String rawQuery) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        LocaleRequest parts = LocaleRequest.of(headers, rawQuery);
        return new ProblemRequest() {
            @Override
            public String method() {
                return method;
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public Optional<String> header(String name) {
                return parts.header(name);
            }

            @Override
            public Optional<String> rawQuery() {
                return parts.rawQuery();
            }

            @Override
            public String toString() {
                return "ProblemRequest[" + method + " " + path + "]";
            }
        };
    }
}
