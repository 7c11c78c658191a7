package dev.statuskit.http;

import java.util.Objects;

/**
 * What a {@link ProblemResponder} needs to know about the request it answers.
 *
 * @param method the request method, such as {@code GET}; a {@code HEAD} answer has no body
 * @param path the request path as the client sent it (percent-encoded), used for {@code instance} and logs
 * @param accept the {@code Accept} header, or null
 * @param acceptLanguage the {@code Accept-Language} header, or null
 */
public record RequestInfo(String method, String path, String accept, String acceptLanguage) {
    /** Checks that method and path are present. */
    public RequestInfo {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }
}
