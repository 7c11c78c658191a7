package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.http.WebSocket;
import org.apiguardian.api.API;

/**
 * A {@link WebSocket.Listener} that wants its closes classified. {@link StatusKitWebSocketListener} calls
 * {@link #onClassifiedClose} right before the listener's own {@code onClose}, and before {@code onError}
 * with the error classified as 1006 Abnormal Closure.
 */
@API(status = STABLE, since = "0.1")
public interface ClassifiedWebSocketListener extends WebSocket.Listener {
    /**
     * The connection closed.
     *
     * @param webSocket the WebSocket
     * @param info the close code classified, 1006 after an error
     * @param reason the close reason, empty when there was none; after an error, the error's description
     */
    void onClassifiedClose(WebSocket webSocket, CloseCodeInfo info, String reason);
}
