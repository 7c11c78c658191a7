package dev.statuskit.demo;

import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.StatusKitSession;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * {@code /ws/echo}: echoes text messages, and understands the {@link CloseCommand close command}
 * {@code close <code> <reason...>}.
 */
public class EchoEndpoint extends Endpoint {
    private static final System.Logger LOG = System.getLogger("dev.statuskit.demo");

    private final CloseClassifier classifier;

    /** An echo endpoint explaining rejections with this classifier's texts. */
    public EchoEndpoint(CloseClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        StatusKitSession decorated = StatusKitSession.from(session);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) message -> onText(decorated, message));
    }

    private void onText(StatusKitSession session, String message) {
        try {
            if (CloseCommand.matches(message)) {
                CloseCommand.run(session, message, classifier);
            } else {
                session.getBasicRemote().sendText(message);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Echo failed on session " + session.getId(), e);
        }
    }
}
