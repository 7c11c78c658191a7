/**
 * The container-neutral core of StatusKit HTTP.
 *
 * <ul>
 *   <li>{@link dev.statuskit.http.Problem} and {@link dev.statuskit.http.ProblemBuilder}: the RFC 9457
 *       problem details model; {@link dev.statuskit.http.ProblemException} lets an application answer
 *       with a problem of its own.</li>
 *   <li>{@link dev.statuskit.http.ProblemFormat} and {@link dev.statuskit.http.ProblemRenderer}: the four
 *       representations (problem+json, problem+xml, an HTML page, plain text) and {@code Accept}
 *       negotiation between them.</li>
 *   <li>{@link dev.statuskit.http.ProblemResponder}: turns a status, an optional exception and the
 *       request's headers into an {@link dev.statuskit.http.ErrorAnswer} (status, headers, body), hiding
 *       server-side failures behind an error id.</li>
 *   <li>{@link dev.statuskit.http.StatusKitOptions}: configuration, the same names in code, servlet
 *       init-params and Jakarta REST properties.</li>
 * </ul>
 */
package dev.statuskit.http;
