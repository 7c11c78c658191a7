package dev.statuskit.it.servers;

import java.util.List;
import java.util.stream.Stream;

/** The servers every scenario runs on. */
public enum ServerKind {
    /** Jetty 12 (ee11 servlet) with the StatusKit filter, plain servlets and Jersey at /api. */
    JETTY(true),
    /** Tomcat 11 with the StatusKit filter, plain servlets and Jersey at /api. */
    TOMCAT(true),
    /** Jersey on Grizzly with the StatusKit feature: no servlet container at all. */
    GRIZZLY(false);

    private final boolean servlet;

    ServerKind(boolean servlet) {
        this.servlet = servlet;
    }

    /** The servers this test run starts. */
    public static List<ServerKind> available() {
        return List.of(values());
    }

    /** The available servers that have a servlet container, with the plain servlets and the filter. */
    public static Stream<ServerKind> servletContainers() {
        return available().stream().filter(ServerKind::isServletContainer);
    }

    /** Whether the server has a servlet container (and so the plain servlets and the filter). */
    public boolean isServletContainer() {
        return servlet;
    }
}
