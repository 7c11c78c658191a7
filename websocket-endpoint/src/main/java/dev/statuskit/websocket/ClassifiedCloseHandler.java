package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Implemented by a programmatic Jakarta endpoint (a {@link jakarta.websocket.Endpoint} subclass) that wants its
 * closes classified. {@link StatusKitEndpoint} calls it for every close, right before the endpoint's own
 * {@code onClose}. An annotated endpoint, which the container drives itself, calls
 * {@link StatusKitSession#classify(jakarta.websocket.CloseReason)} from its {@code @OnClose} method instead.
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface ClassifiedCloseHandler {
    /**
     * The connection closed.
     *
     * @param session the decorated session
     * @param info the close code classified in the session's locale
     * @param reason the close reason, empty when there was none
     */
    void onClassifiedClose(StatusKitSession session, CloseCodeInfo info, String reason);
}
