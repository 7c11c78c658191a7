/**
 * The container-neutral core of StatusKit HTTP.
 *
 * <ul>
 *   <li>{@link dev.statuskit.http.Problem} and {@link dev.statuskit.http.ProblemBuilder}: the RFC 9457
 *       problem details model; {@link dev.statuskit.http.ProblemException} lets an application answer
 *       with a problem of its own; a {@link dev.statuskit.http.ProblemType} declares an application's problem
 *       type once, with bundle keys for its localized title and detail, which a
 *       {@link dev.statuskit.http.MessageFormatter} formats.</li>
 *   <li>{@link dev.statuskit.http.ProblemFormat} and {@link dev.statuskit.http.ProblemRenderer}: the four
 *       representations (problem+json, problem+xml, an HTML page, plain text) and {@code Accept}
 *       negotiation between them.</li>
 *   <li>{@link dev.statuskit.http.ProblemResponder}: the one answer path. It turns a status, an optional
 *       exception and the {@link dev.statuskit.http.ProblemRequest} into an
 *       {@link dev.statuskit.http.ErrorAnswer} (status, headers, body), hiding server-side failures behind an
 *       error id. Every adapter only applies that answer.</li>
 *   <li>Extension points: a {@link dev.statuskit.i18n.LocaleResolver} chooses the language,
 *       a {@link dev.statuskit.http.ProblemCustomizer} enriches every problem.</li>
 *   <li>{@link dev.statuskit.http.ProblemOptions} (typed), {@link dev.statuskit.http.ProblemConfiguration}
 *       (the same options as strings: servlet init-params, Jakarta REST properties) and
 *       {@link dev.statuskit.http.ExceptionStatusPolicy}.</li>
 * </ul>
 *
 * <p>Nothing here returns null unless marked {@code @Nullable}; a lookup that can miss returns
 * {@link java.util.Optional}.
 */
@NullMarked
package dev.statuskit.http;

import org.jspecify.annotations.NullMarked;
