package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.LocaleRequest;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The server configurator StatusKit deploys with: it creates the endpoint instance of each connection and keeps
 * what the handshake offers a {@link dev.statuskit.i18n.LocaleResolver} (its headers and query string, as a
 * {@link LocaleRequest}) in the connection's user properties ({@value StatusKitEndpoint#LOCALE_REQUEST_PROPERTY}),
 * so that closes are classified in the language the options' resolver chooses for the client.
 *
 * <p>{@link #endpointConfig(String, Supplier, StatusKitWebSocketOptions)} deploys a programmatic endpoint wrapped
 * by {@link StatusKitEndpoint}. {@link #annotatedEndpointConfig(Class, Supplier, StatusKitWebSocketOptions)}
 * deploys a {@code @ServerEndpoint} class as itself, so that the container binds it with every feature it has
 * (decoders, encoders, {@code @PathParam}, partial and pong messages, {@code maxMessageSize}, ...), and leaves the
 * options with each connection, for {@link StatusKitSession#from(Session)}. Both return a
 * {@link ServerEndpointConfig.Builder} already set up with a configurator; add subprotocols, extensions or
 * decoders, build, and deploy with {@code ServerContainer.addEndpoint}.
 *
 * <p>To check the handshake yourself (authentication, origin), override {@code modifyHandshake} and call
 * {@code super.modifyHandshake} from it: for a programmatic endpoint in a subclass of this configurator set on the
 * builder, for an annotated one in a subclass of {@link Annotated} named in its {@code @ServerEndpoint}.
 */
@API(status = STABLE, since = "0.1")
public class StatusKitConfigurator extends ServerEndpointConfig.Configurator {
    /** Each annotated class's latest deployment, for {@link Annotated}, which a container makes by itself. */
    private static final ClassValue<AtomicReference<@Nullable Deployment>> DEPLOYMENTS = new ClassValue<>() {
        @Override
        protected AtomicReference<@Nullable Deployment> computeValue(Class<?> type) {
            return new AtomicReference<>();
        }
    };

    /**
     * What this configurator creates and keeps; null for an {@link Annotated} configurator a container made by
     * itself, which looks the deployment up by the endpoint class. Set before the configurator is handed out.
     */
    private @Nullable Deployment deployment;

    /** A configurator for a programmatic endpoint: the supplier gives a new wrapped endpoint for each connection. */
    public StatusKitConfigurator(Supplier<? extends StatusKitEndpoint> endpoints) {
        this.deployment = new Deployment(StatusKitEndpoint.class, Objects.requireNonNull(endpoints, "endpoints"), null);
    }

    /** A configurator for an annotated endpoint class: a new instance from the supplier, the options kept. */
    <T> StatusKitConfigurator(Class<T> annotatedClass, Supplier<? extends T> endpoints, StatusKitWebSocketOptions options) {
        this.deployment = new Deployment(annotatedClass, endpoints, options);
    }

    /** A configurator that finds the deployment of the endpoint class it is asked about. */
    StatusKitConfigurator() {
        this.deployment = null;
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
     * A config for a {@code @ServerEndpoint} class, deployed as itself: the container binds its methods with
     * everything the Jakarta WebSocket specification gives an annotated endpoint. The path, decoders, encoders and
     * subprotocols are those of its annotation; each connection gets {@code endpoints.get()}. Its methods receive
     * the container's session: {@code StatusKitSession.from(session)} is the validating view, and its
     * {@code @OnClose} method calls {@link StatusKitSession#classify(CloseReason)} to have the close classified,
     * logged and reported.
     *
     * <p>The configurator is StatusKit's, or the {@link Annotated} subclass the annotation names. A container that
     * reads an annotated class's configuration from its annotation alone, ignoring this config (Tyrus 2.2 does),
     * uses StatusKit only if the annotation names {@code StatusKitConfigurator.Annotated} (or a subclass) as its
     * configurator; naming it makes the class portable.
     *
     * @throws IllegalArgumentException if the class is not annotated with {@code @ServerEndpoint}, its annotation
     *     names a configurator that is not an {@link Annotated}, or it implements {@link ClassifiedCloseHandler},
     *     which nothing would call for an annotated endpoint
     */
    public static <T> ServerEndpointConfig.Builder annotatedEndpointConfig(Class<T> type, Supplier<? extends T> endpoints,
            StatusKitWebSocketOptions options) {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(options, "options");
        ServerEndpoint annotation = type.getAnnotation(ServerEndpoint.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated with @ServerEndpoint");
        }
        if (ClassifiedCloseHandler.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " implements ClassifiedCloseHandler, which is only called"
                    + " for programmatic endpoints; call StatusKitSession.from(session).classify(closeReason) from"
                    + " its @OnClose method instead");
        }
        Class<? extends ServerEndpointConfig.Configurator> named = annotation.configurator();
        StatusKitConfigurator configurator;
        Deployment deployment = new Deployment(type, endpoints, options);
        if (named == ServerEndpointConfig.Configurator.class) {
            configurator = new StatusKitConfigurator(type, endpoints, options);
        } else if (Annotated.class.isAssignableFrom(named)) {
            configurator = instantiate(named.asSubclass(Annotated.class));
            configurator.deployment = deployment;
        } else {
            throw new IllegalArgumentException(type.getName() + ": the configurator of @ServerEndpoint, "
                    + named.getName() + ", would be replaced by StatusKit's; extend StatusKitConfigurator.Annotated"
                    + " instead");
        }
        DEPLOYMENTS.get(type).set(deployment);
        return ServerEndpointConfig.Builder.create(type, annotation.value())
                .decoders(List.of(annotation.decoders()))
                .encoders(List.of(annotation.encoders()))
                .subprotocols(List.of(annotation.subprotocols()))
                .configurator(configurator);
    }

    private static Annotated instantiate(Class<? extends Annotated> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot create the configurator " + type.getName()
                    + ": it needs a public constructor without parameters", e);
        }
    }

    /**
     * Keeps the handshake's headers and query string, as a {@link LocaleRequest}, in the connection's user
     * properties, and for an annotated endpoint the options too.
     *
     * @throws IllegalStateException for an {@link Annotated} configurator asked about a class that was not deployed
     *     through {@link #annotatedEndpointConfig}; the container then refuses the handshake
     */
    @Override
    public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
        super.modifyHandshake(sec, request, response);
        StatusKitWebSocketOptions options = deployment(sec.getEndpointClass()).options();
        // Jakarta WebSocket 2.1+ makes these user properties a per-connection copy; the values are replaced on
        // every handshake, so a container that still shared them could not lend one client's language to the next.
        sec.getUserProperties().put(StatusKitEndpoint.LOCALE_REQUEST_PROPERTY, localeRequest(request));
        if (options != null) {
            sec.getUserProperties().put(ValidatingSession.OPTIONS_PROPERTY, options);
        }
    }

    /**
     * A copy of the handshake's headers and query string: the container's own maps need not outlive the handshake.
     * The field lines of one header are kept as one value, {@linkplain LocaleRequest#combinedValue combined} as
     * every adapter combines them.
     */
    static LocaleRequest localeRequest(HandshakeRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            String name = header.getKey();
            List<String> values = header.getValue();
            if (name != null && values != null) {
                LocaleRequest.combinedValue(name, values.iterator()).ifPresent(value -> headers.put(name, List.of(value)));
            }
        }
        return LocaleRequest.of(Collections.unmodifiableMap(headers), request.getQueryString());
    }

    /**
     * A new endpoint instance from the supplier: a wrapped endpoint, or an instance of the annotated class.
     *
     * @throws InstantiationException if the container asks for another class, or the supplier gives null
     */
    @Override
    public <T> T getEndpointInstance(Class<T> requested) throws InstantiationException {
        Deployment found;
        try {
            found = deployment(requested);
        } catch (IllegalStateException e) {
            throw (InstantiationException) new InstantiationException(e.getMessage()).initCause(e);
        }
        if (!requested.isAssignableFrom(found.endpointClass())) {
            throw new InstantiationException("StatusKitConfigurator creates " + found.endpointClass().getName()
                    + " instances, not " + requested.getName());
        }
        Object endpoint = found.endpoints().get();
        if (endpoint == null) {
            throw new InstantiationException("The endpoint supplier of " + found.endpointClass().getName() + " gave null");
        }
        return requested.cast(endpoint);
    }

    private Deployment deployment(Class<?> endpointClass) {
        if (deployment != null) {
            return deployment;
        }
        Deployment found = DEPLOYMENTS.get(endpointClass).get();
        if (found == null) {
            throw new IllegalStateException(endpointClass.getName() + " was not deployed through"
                    + " StatusKitConfigurator.annotatedEndpointConfig, which StatusKitConfigurator.Annotated needs");
        }
        return found;
    }

    /** What one deployment creates and keeps: its endpoint class, a supplier of instances, the options if any. */
    private record Deployment(Class<?> endpointClass, Supplier<?> endpoints, @Nullable StatusKitWebSocketOptions options) {
    }

    /**
     * The configurator of an annotated endpoint class deployed through
     * {@link #annotatedEndpointConfig(Class, Supplier, StatusKitWebSocketOptions) annotatedEndpointConfig}, which a
     * container may also make by itself from the annotation. The one {@code annotatedEndpointConfig} puts in the
     * config it returns is tied to that deployment; one that a container made by itself finds the supplier and
     * options of the latest {@code annotatedEndpointConfig} call for the endpoint class (in the class's class
     * loader). Name it in the annotation for containers that read an annotated class's configuration from its
     * annotation alone, as Tyrus 2.2 does:
     * <pre>{@code
     * @ServerEndpoint(value = "/ws/rooms/{room}", configurator = StatusKitConfigurator.Annotated.class)
     * }</pre>
     * Subclass it, with a public constructor without parameters, to check the handshake yourself; call
     * {@code super.modifyHandshake} from your override.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static class Annotated extends StatusKitConfigurator {
        /** A configurator that finds its deployment by the endpoint class. */
        public Annotated() {
            super();
        }
    }
}
