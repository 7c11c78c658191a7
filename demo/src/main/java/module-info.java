/**
 * The StatusKit demo server: an application, so it exports nothing. It opens its package to the frameworks
 * that read it by reflection (Jersey, Hibernate Validator, JSON-B). (The shaded jar runs on the class path.)
 */
// micrometer-registry-prometheus has no module-info, only its Automatic-Module-Name.
@SuppressWarnings("requires-automatic")
module dev.statuskit.demo {
    requires dev.statuskit.http;
    requires dev.statuskit.websocket;
    requires dev.statuskit.micrometer;
    requires dev.statuskit.jetty;
    requires micrometer.registry.prometheus;
    requires jakarta.servlet;
    requires jakarta.ws.rs;
    requires jakarta.websocket;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.ee11.servlet;
    requires org.eclipse.jetty.ee11.websocket.jakarta.server;
    requires org.glassfish.jersey.core.server;
    requires org.glassfish.jersey.container.servlet;
    requires owasp.encoder;
    requires jakarta.validation;

    // Jersey creates the resources and reads their annotations; Hibernate Validator and Yasson read NewItem.
    opens dev.statuskit.demo;
}
