/**
 * Reading problems back, for the JDK {@code HttpClient}, and reconnecting JDK WebSocket clients by close code.
 *
 * <p>{@link dev.statuskit.client.ProblemReader} parses problem+json and problem+xml into a
 * {@link dev.statuskit.http.Problem}; {@link dev.statuskit.client.ProblemBodyHandlers} makes a problem response a
 * {@link dev.statuskit.client.ProblemResponseException}. {@link dev.statuskit.client.ReconnectPolicy} decides
 * from a close code whether and when to reconnect; {@link dev.statuskit.client.ReconnectingWebSocket} applies it
 * to a {@code java.net.http.WebSocket}.
 *
 * <p>Nothing here returns null unless marked {@code @Nullable}; a lookup that can miss returns
 * {@link java.util.Optional}.
 */
@NullMarked
package dev.statuskit.client;

import org.jspecify.annotations.NullMarked;
