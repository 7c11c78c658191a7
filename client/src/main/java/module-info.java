/**
 * StatusKit client: the client side of what StatusKit serves.
 *
 * <p>{@code dev.statuskit.client} reads RFC 9457 problems back ({@code ProblemReader}), turns problem responses
 * of the JDK {@code HttpClient} into exceptions ({@code ProblemBodyHandlers}), and reconnects JDK WebSocket
 * clients the way the close code asks ({@code ReconnectPolicy}, {@code ReconnectingWebSocket}).
 * {@code dev.statuskit.client.jaxrs} does the same for the Jakarta REST client, {@code dev.statuskit.client.jakarta}
 * for Jakarta WebSocket clients such as Tyrus; each of those APIs is an optional ({@code static}) dependency.
 */
module dev.statuskit.client {
    requires transitive dev.statuskit.i18n;
    requires transitive dev.statuskit.http; // Problem and ProblemBuilder
    requires transitive java.net.http;
    requires java.xml;
    // Compile-time annotations; transitive so that readers of this module's API see them too.
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    // Optional at run time; transitive because their types appear in this module's API.
    requires static transitive jakarta.ws.rs;
    requires static transitive jakarta.websocket.client;

    exports dev.statuskit.client;
    exports dev.statuskit.client.jaxrs;
    exports dev.statuskit.client.jakarta;
}
