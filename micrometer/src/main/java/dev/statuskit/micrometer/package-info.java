/**
 * Micrometer meters for StatusKit, recorded through its public listeners.
 *
 * <ul>
 *   <li>{@value dev.statuskit.micrometer.StatusKitMetrics#PROBLEMS}: a counter of the problem answers a
 *       {@link dev.statuskit.http.ProblemResponder} makes, from
 *       {@link dev.statuskit.micrometer.StatusKitMetrics#problems StatusKitMetrics.problems(registry)}, a
 *       {@link dev.statuskit.http.ProblemListener}.</li>
 *   <li>{@value dev.statuskit.micrometer.StatusKitMetrics#CLOSES}: a counter of the WebSocket closes a
 *       decorated endpoint or listener sends, receives, changes or refuses, from
 *       {@link dev.statuskit.micrometer.StatusKitMetrics#closes StatusKitMetrics.closes(registry)}, a
 *       {@link dev.statuskit.websocket.CloseListener}.</li>
 * </ul>
 *
 * <p>Every tag value comes from a closed set that no request or frame can extend; the classes document each
 * set and its size.
 */
@NullMarked
package dev.statuskit.micrometer;

import org.jspecify.annotations.NullMarked;
