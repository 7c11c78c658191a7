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
 * {@link dev.statuskit.websocket.StatusKitConfigurator#annotatedEndpointConfig StatusKitConfigurator.annotatedEndpointConfig}
 * deploys a {@code @ServerEndpoint} class as itself, so the container binds it with everything it supports:
 * decoders and encoders, {@code @PathParam}, partial and pong messages, primitive, {@code Reader} and
 * {@code InputStream} parameters, {@code maxMessageSize}, subprotocols. StatusKit only creates each connection's
 * instance and keeps the handshake and the options with the connection. The methods receive the container's
 * session; {@link dev.statuskit.websocket.StatusKitSession#from(jakarta.websocket.Session) StatusKitSession.from}
 * gives its validating view, and {@code @OnClose} asks the view to
 * {@link dev.statuskit.websocket.StatusKitSession#classify classify} the close:
 * <pre>{@code
 * @ServerEndpoint(value = "/ws/rooms/{room}", decoders = RoomMessage.Decoder.class,
 *         configurator = StatusKitConfigurator.Annotated.class)   // for Tyrus, which reads only the annotation
 * public class RoomEndpoint {
 *     @OnMessage
 *     public String onMessage(RoomMessage message, @PathParam("room") String room) {
 *         return room + ": " + message.text();
 *     }
 *
 *     @OnClose
 *     public void onClose(Session session, CloseReason closeReason) {
 *         CloseCodeInfo info = StatusKitSession.from(session).classify(closeReason);   // logged, listeners told
 *     }
 * }
 *
 * serverContainer.addEndpoint(
 *         StatusKitConfigurator.annotatedEndpointConfig(RoomEndpoint.class, RoomEndpoint::new, options).build());
 * }</pre>
 * A {@code @ClientEndpoint} is connected as usual; its {@code @OnOpen} method makes the view with
 * {@link dev.statuskit.websocket.StatusKitSession#from(jakarta.websocket.Session, dev.statuskit.websocket.StatusKitWebSocketOptions)
 * StatusKitSession.from(session, options)}.
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
