/**
 * StatusKit HTTP: localized RFC 9457 problem answers for HTTP errors.
 *
 * <p>{@code dev.statuskit.http} is the container-neutral core: the problem model, its four renderers,
 * content negotiation, options and the responder. {@code dev.statuskit.http.servlet} adapts it to the
 * Servlet API, {@code dev.statuskit.http.jaxrs} to Jakarta REST; each container API is an optional
 * ({@code static}) dependency, needed only by the adapter that uses it.
 */
module dev.statuskit.http {
    requires transitive dev.statuskit.i18n;
    // Compile-time annotations; transitive so that readers of this module's API see them too.
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires static transitive jakarta.servlet;
    requires static transitive jakarta.ws.rs;
    requires static transitive org.glassfish.jersey.core.common; // StatusKitAutoDiscoverable implements its SPI
    // Read only when a ConstraintViolationException is answered; no type of it is in StatusKit's API.
    requires static jakarta.validation;
    requires java.xml;

    exports dev.statuskit.http;
    exports dev.statuskit.http.servlet;
    exports dev.statuskit.http.jaxrs;

    // A MessageFormatter for the details of problem types, such as statuskit-icu's; the JDK's without one.
    uses dev.statuskit.http.MessageFormatter;

    provides org.glassfish.jersey.internal.spi.AutoDiscoverable
            with dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable;
}
