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
    GRIZZLY(false),
    /**
     * Jetty 12 (ee11 servlet) with the StatusKit filter, plain servlets and RESTEasy's dispatcher servlet at /api,
     * the feature registered in the application; in its own test execution, whose class path has no Jersey.
     */
    RESTEASY(true);

    /** The system property that names the servers of a test run, comma-separated. */
    public static final String PROPERTY = "statuskit.it.servers";

    private final boolean servlet;

    ServerKind(boolean servlet) {
        this.servlet = servlet;
    }

    /**
     * The servers this test run starts: those named by {@value #PROPERTY} (each surefire execution names its
     * own: Jersey and RESTEasy never share a class path); Jetty, Tomcat and Grizzly when it is not set.
     */
    public static List<ServerKind> available() {
        String names = System.getProperty(PROPERTY, "JETTY,TOMCAT,GRIZZLY");
        return Stream.of(names.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(ServerKind::valueOf).toList();
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
