/**
 * WebSocket closes that follow RFC 6455 and speak the user's language.
 *
 * <h2>Rules and classification</h2>
 * {@link dev.statuskit.websocket.CloseRules} holds the RFC 6455 rules: which codes may be sent, the
 * {@value dev.statuskit.websocket.CloseRules#MAX_REASON_BYTES}-byte reason limit and safe truncation.
 * {@link dev.statuskit.websocket.CloseClassifier} turns a code into a {@link dev.statuskit.websocket.CloseCodeInfo}:
 * localized name and description, {@link dev.statuskit.websocket.ReconnectHint} and
 * {@link dev.statuskit.websocket.CloseOrigin}; applications register their own 3000-4999 codes, as
 * {@link dev.statuskit.websocket.GraphQlWsCloseCodes} does for graphql-ws.
 *
 * <h2>Programmatic Jakarta endpoints</h2>
 * Wrap the endpoint with {@link dev.statuskit.websocket.StatusKitEndpoint#wrap StatusKitEndpoint.wrap}. On a
 * server, deploy it through {@link dev.statuskit.websocket.StatusKitConfigurator}, which makes one wrapped
 * endpoint per connection and keeps the handshake for the options' {@link dev.statuskit.i18n.LocaleResolver}:
 * <pre>{@code
 * StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder()
 *         .addListener(statistics)                       // optional: metrics
 *         .build();                                      // strict by default
 * serverContainer.addEndpoint(
 *         StatusKitConfigurator.endpointConfig("/ws/echo", EchoEndpoint::new, options).build());
 *
 * class EchoEndpoint extends Endpoint implements ClassifiedCloseHandler {
 *     public void onOpen(Session session, EndpointConfig config) {
 *         StatusKitSession statusKit = StatusKitSession.from(session);
 *         session.addMessageHandler(String.class, text -> {
 *             try {
 *                 if (text.length() > 1000) {
 *                     // validated; the reason is cut safely to 123 bytes if it must be
 *                     statusKit.close(1009, "Message of " + text.length() + " characters refused");
 *                 } else {
 *                     statusKit.getBasicRemote().sendText(text);
 *                 }
 *             } catch (IOException e) {
 *                 throw new UncheckedIOException(e);
 *             }
 *         });
 *     }
 *
 *     public void onClassifiedClose(StatusKitSession session, CloseCodeInfo info, String reason) {
 *         audit(info.code(), info.name(), info.reconnectHint());   // name in the client's language
 *     }
 * }
 * }</pre>
 * On a client, connect the wrapped endpoint like any other; the JDK's service loader finds the client
 * implementation, Tyrus's for instance:
 * <pre>{@code
 * ContainerProvider.getWebSocketContainer().connectToServer(
 *         StatusKitEndpoint.wrap(new TickerClient(), options), ClientEndpointConfig.Builder.create().build(), uri);
 * }</pre>
 *
 * <h2>Annotated Jakarta endpoints</h2>
 * A container creates and drives a {@code @ServerEndpoint} object itself, so it cannot be handed a decorated
 * session. {@link dev.statuskit.websocket.StatusKitEndpoint#wrapAnnotated StatusKitEndpoint.wrapAnnotated} adapts
 * the object to a programmatic endpoint instead, calling its {@code @OnOpen}, {@code @OnMessage} (text and binary),
 * {@code @OnClose} and {@code @OnError} methods, found once per class, with the decorated session; the path and
 * subprotocols come from its annotation:
 * <pre>{@code
 * @ServerEndpoint("/ws/chat")
 * public class ChatEndpoint {
 *     @OnMessage
 *     public String onMessage(String text, Session session) { return "echo: " + text; }
 * }
 *
 * serverContainer.addEndpoint(
 *         StatusKitConfigurator.annotatedEndpointConfig(ChatEndpoint.class, ChatEndpoint::new, options).build());
 * // a @ClientEndpoint object: connectToServer(StatusKitEndpoint.wrapAnnotated(client, options), config, uri)
 * }</pre>
 *
 * <h2>The JDK client</h2>
 * <pre>{@code
 * WebSocket webSocket = HttpClient.newHttpClient().newWebSocketBuilder()
 *         .buildAsync(uri, StatusKitWebSocketListener.wrap(myListener, options)).join();
 * StatusKitWebSocketListener.sendClose(webSocket, 1000, "Done", options);
 * }</pre>
 * If {@code myListener} implements {@link dev.statuskit.websocket.ClassifiedWebSocketListener}, it gets every
 * end of the connection classified, errors as 1006, with the reconnect hint.
 *
 * <h2>Nullness</h2>
 * Nothing here returns null unless marked {@code @Nullable}; a lookup that can miss returns
 * {@link java.util.Optional}. A method named {@code ...ExceptionMessage} returns the message of the rule a value
 * breaks, or null when it breaks none; its {@code validate...} twin throws {@link IllegalArgumentException} with
 * that message.
 */
@NullMarked
package dev.statuskit.websocket;

import org.jspecify.annotations.NullMarked;
