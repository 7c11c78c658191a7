package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The close codes of the GraphQL over WebSocket protocol ({@value #SUBPROTOCOL}, the graphql-ws library's
 * {@code CloseCode} enum and PROTOCOL.md), ready to register into a classifier:
 *
 * <pre>{@code
 * CloseClassifier classifier = GraphQlWsCloseCodes.registerInto(CloseClassifier.builder()).build();
 * }</pre>
 *
 * <p>Reconnect hints follow the graphql-ws client, which retries after 4403, 4408, 4499 and 4504, waiting a
 * randomized exponential backoff ({@link ReconnectHint#WITH_BACKOFF}), and gives up on the others
 * ({@link ReconnectHint#NEVER}). Texts are English only; an application bundle with keys {@code ws.4400.name} and
 * {@code ws.4400.description} (and so on) gives them in other languages, since a catalog key wins over
 * the English fallback (see {@link CloseClassifier}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphQlWsCloseCodes {
    /** The subprotocol name to negotiate. */
    public static final String SUBPROTOCOL = "graphql-transport-ws";
    /** The server received a message it cannot read or did not expect; the reason says what. */
    public static final int BAD_REQUEST = 4400;
    /** The client subscribed before the server acknowledged the connection. */
    public static final int UNAUTHORIZED = 4401;
    /** The server refused the connection, for example when authentication failed. */
    public static final int FORBIDDEN = 4403;
    /** The client did not offer the {@value #SUBPROTOCOL} subprotocol. */
    public static final int SUBPROTOCOL_NOT_ACCEPTABLE = 4406;
    /** No {@code connection_init} message arrived in time. */
    public static final int CONNECTION_INITIALISATION_TIMEOUT = 4408;
    /** A subscription id already in use was subscribed again. */
    public static final int SUBSCRIBER_ALREADY_EXISTS = 4409;
    /** More than one {@code connection_init} message arrived. */
    public static final int TOO_MANY_INITIALISATION_REQUESTS = 4429;
    /** The server failed while handling a well-formed message. */
    public static final int INTERNAL_SERVER_ERROR = 4500;
    /** The client received a message from the server it cannot read. */
    public static final int BAD_RESPONSE = 4004;
    /** The client failed while handling a message. */
    public static final int INTERNAL_CLIENT_ERROR = 4005;
    /** The server did not acknowledge the connection in time. */
    public static final int CONNECTION_ACKNOWLEDGEMENT_TIMEOUT = 4504;
    /** The client application terminated a socket it considered frozen (graphql-ws {@code client.terminate()}). */
    public static final int TERMINATED = 4499;

    private GraphQlWsCloseCodes() {
    }

    /** Registers every graphql-ws code, with its hint, origin and English texts; returns the builder. */
    public static CloseClassifier.Builder registerInto(CloseClassifier.Builder builder) {
        add(builder, BAD_REQUEST, ReconnectHint.NEVER, CloseOrigin.SERVER, "Bad Request",
                "The server received a message it could not read or did not expect.");
        add(builder, UNAUTHORIZED, ReconnectHint.NEVER, CloseOrigin.SERVER, "Unauthorized",
                "The client started an operation before the server acknowledged the connection.");
        add(builder, FORBIDDEN, ReconnectHint.WITH_BACKOFF, CloseOrigin.SERVER, "Forbidden",
                "The server refused the connection. Check your credentials before trying again.");
        add(builder, SUBPROTOCOL_NOT_ACCEPTABLE, ReconnectHint.NEVER, CloseOrigin.SERVER, "Subprotocol Not Acceptable",
                "The client did not offer the graphql-transport-ws subprotocol.");
        add(builder, CONNECTION_INITIALISATION_TIMEOUT, ReconnectHint.WITH_BACKOFF, CloseOrigin.SERVER,
                "Connection Initialisation Timeout", "The client did not initialise the connection in time.");
        add(builder, SUBSCRIBER_ALREADY_EXISTS, ReconnectHint.NEVER, CloseOrigin.SERVER, "Subscriber Already Exists",
                "The client subscribed twice with the same operation id.");
        add(builder, TOO_MANY_INITIALISATION_REQUESTS, ReconnectHint.NEVER, CloseOrigin.SERVER,
                "Too Many Initialisation Requests", "The client initialised the connection more than once.");
        add(builder, INTERNAL_SERVER_ERROR, ReconnectHint.NEVER, CloseOrigin.SERVER, "Internal Server Error",
                "The server failed while handling a message.");
        add(builder, BAD_RESPONSE, ReconnectHint.NEVER, CloseOrigin.CLIENT, "Bad Response",
                "The client received a message from the server that it could not read.");
        add(builder, INTERNAL_CLIENT_ERROR, ReconnectHint.NEVER, CloseOrigin.CLIENT, "Internal Client Error",
                "The client failed while handling a message.");
        add(builder, CONNECTION_ACKNOWLEDGEMENT_TIMEOUT, ReconnectHint.WITH_BACKOFF, CloseOrigin.CLIENT,
                "Connection Acknowledgement Timeout", "The server did not acknowledge the connection in time.");
        add(builder, TERMINATED, ReconnectHint.WITH_BACKOFF, CloseOrigin.CLIENT, "Terminated",
                "The client closed a connection that stopped responding.");
        return builder;
    }

    private static void add(CloseClassifier.Builder builder, int code, ReconnectHint hint, CloseOrigin origin,
            String name, String description) {
        builder.register(code, hint, origin).text(code, Locale.ENGLISH, name, description);
    }
}
