package dev.statuskit.demo;

import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.StatusKitConfigurator;
import dev.statuskit.websocket.StatusKitSession;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * {@code /ws/rooms/{room}}: an annotated endpoint, bound by the container (path parameter, decoder) and decorated by
 * StatusKit through {@link StatusKitConfigurator#annotatedEndpointConfig}. It answers {@code <room>: <text>}, and
 * understands the {@link CloseCommand close command} {@code close <code> <reason...>} as {@code /ws/echo} does.
 */
@ServerEndpoint(value = "/ws/rooms/{room}", decoders = RoomMessage.Decoder.class,
        configurator = StatusKitConfigurator.Annotated.class)
public class RoomEndpoint {
    private final CloseClassifier classifier;

    /** A room explaining rejections with this classifier's texts. */
    public RoomEndpoint(CloseClassifier classifier) {
        this.classifier = classifier;
    }

    /** Answers a message, or closes as the close command asks. */
    @OnMessage
    public void onMessage(RoomMessage message, @PathParam("room") String room, Session session) throws IOException {
        if (CloseCommand.matches(message.text())) {
            CloseCommand.run(StatusKitSession.from(session), message.text(), classifier);
        } else {
            session.getBasicRemote().sendText(room + ": " + message.text());
        }
    }

    /** Has the close classified: logged at a level fitting its code, and reported to the options' listeners. */
    @OnClose
    public void onClose(Session session, CloseReason closeReason) {
        StatusKitSession.from(session).classify(closeReason);
    }
}
