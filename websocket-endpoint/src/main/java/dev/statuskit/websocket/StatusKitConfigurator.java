package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.LocaleRequest;
import jakarta.websocket.Endpoint;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The server configurator of a {@link StatusKitEndpoint}: it creates one wrapped endpoint per connection and
 * keeps what the handshake offers a {@link dev.statuskit.i18n.LocaleResolver} (its headers and query string, as a
 * {@link LocaleRequest}) in the connection's user properties ({@value StatusKitEndpoint#LOCALE_REQUEST_PROPERTY}),
 * so closes are classified in the language the options' resolver chooses for the client.
 *
 * <p>{@link #endpointConfig(String, Supplier, StatusKitWebSocketOptions)} and
 * {@link #annotatedEndpointConfig(Class, Supplier, StatusKitWebSocketOptions)} return a
 * {@link ServerEndpointConfig.Builder} already set up with one; add subprotocols, extensions or user properties,
 * build, and deploy with {@code ServerContainer.addEndpoint}. To check the handshake yourself (authentication,
 * origin), subclass this configurator and call {@code super.modifyHandshake} from your override.
 */
@API(status = STABLE, since = "0.1")
public class StatusKitConfigurator extends ServerEndpointConfig.Configurator {
    private final Supplier<? extends StatusKitEndpoint> endpoints;

    /** A configurator that asks the supplier for a new wrapped endpoint for each connection. */
    public StatusKitConfigurator(Supplier<? extends StatusKitEndpoint> endpoints) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    }

    /**
     * A config for a programmatic endpoint at a path, each connection getting
     * {@code StatusKitEndpoint.wrap(endpoints.get(), options)}.
     */
    public static ServerEndpointConfig.Builder endpointConfig(String path, Supplier<? extends Endpoint> endpoints,
            StatusKitWebSocketOptions options) {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(options, "options");
        return ServerEndpointConfig.Builder.create(StatusKitEndpoint.class, path)
                .configurator(new StatusKitConfigurator(() -> StatusKitEndpoint.wrap(endpoints.get(), options)));
    }

    /**
     * A config for a {@code @ServerEndpoint} class, with the path and subprotocols of its annotation, each
     * connection getting {@code StatusKitEndpoint.wrapAnnotated(endpoints.get(), options)}. The class is checked
     * now rather than at the first connection.
     *
     * @throws IllegalArgumentException if the class is not annotated with {@code @ServerEndpoint}, its annotation
     *     names decoders, encoders or a configurator, or its methods are not supported (see
     *     {@link StatusKitEndpoint#wrapAnnotated(Object, StatusKitWebSocketOptions)})
     */
    public static <T> ServerEndpointConfig.Builder annotatedEndpointConfig(Class<T> type, Supplier<? extends T> endpoints,
            StatusKitWebSocketOptions options) {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(options, "options");
        ServerEndpoint annotation = type.getAnnotation(ServerEndpoint.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated with @ServerEndpoint");
        }
        if (annotation.decoders().length > 0 || annotation.encoders().length > 0
                || annotation.configurator() != ServerEndpointConfig.Configurator.class) {
            throw new IllegalArgumentException(type.getName() + ": decoders, encoders and configurators of @ServerEndpoint"
                    + " are not supported when wrapped; use a programmatic Endpoint, or subclass StatusKitConfigurator");
        }
        AnnotatedEndpoint.check(type);
        return ServerEndpointConfig.Builder.create(StatusKitEndpoint.class, annotation.value())
                .subprotocols(List.of(annotation.subprotocols()))
                .configurator(new StatusKitConfigurator(() -> StatusKitEndpoint.wrapAnnotated(endpoints.get(), options)));
    }

    /** Keeps the handshake's headers and query string, as a {@link LocaleRequest}, in the connection's user properties. */
    @Override
    public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
        super.modifyHandshake(sec, request, response);
        // Jakarta WebSocket 2.1+ makes these user properties a per-connection copy; the value is replaced on every
        // handshake, so a container that still shared them could not lend one client's language to the next.
        sec.getUserProperties().put(StatusKitEndpoint.LOCALE_REQUEST_PROPERTY, localeRequest(request));
    }

    /**
     * A copy of the handshake's headers and query string: the container's own maps need not outlive the handshake.
     * The field lines of one header are joined into one value, as RFC 9110 §5.3 allows ({@code ; } for
     * {@code Cookie}), since {@link LocaleRequest#header(String)} reads one value.
     */
    static LocaleRequest localeRequest(HandshakeRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            String name = header.getKey();
            List<String> values = header.getValue();
            if (name != null && values != null && !values.isEmpty()) {
                String separator = "Cookie".equalsIgnoreCase(name) ? "; " : ", ";
                headers.put(name, List.of(String.join(separator, values)));
            }
        }
        return LocaleRequest.of(Collections.unmodifiableMap(headers), request.getQueryString());
    }

    /**
     * A new wrapped endpoint from the supplier.
     *
     * @throws InstantiationException if the container asks for a class other than {@link StatusKitEndpoint}
     */
    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) throws InstantiationException {
        if (!endpointClass.isAssignableFrom(StatusKitEndpoint.class)) {
            throw new InstantiationException("StatusKitConfigurator creates StatusKitEndpoint instances, not "
                    + endpointClass.getName());
        }
        return endpointClass.cast(endpoints.get());
    }
}
