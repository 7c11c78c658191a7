/**
 * StatusKit WebSocket: the RFC 6455 close rules, localized close-code classification with reconnect hints,
 * and decorators that apply both to Jakarta WebSocket endpoints (server and client) and to listeners of the
 * JDK's {@code java.net.http} client.
 *
 * <p>The Jakarta WebSocket API and {@code java.net.http} are optional: an application that uses only one of
 * them needs only that one.
 */
module dev.statuskit.websocket {
    requires transitive dev.statuskit.i18n;
    // Compile-time annotations (provided): JSpecify nullness and apiguardian status; transitive so that readers
    // of this module's API see them too.
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    // Optional at run time; transitive because their types appear in this module's API.
    requires static transitive jakarta.websocket;
    requires static transitive jakarta.websocket.client;
    requires static transitive java.net.http;

    exports dev.statuskit.websocket;
}
