/**
 * The Jakarta WebSocket client adapter: {@link dev.statuskit.client.jakarta.ReconnectingSession} reconnects a
 * {@code jakarta.websocket} client (Tyrus, for one) by close code.
 */
@NullMarked
package dev.statuskit.client.jakarta;

import org.jspecify.annotations.NullMarked;
