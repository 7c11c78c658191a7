package dev.statuskit.it.servers;

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

    /** Whether the server has a servlet container (and so the plain servlets and the filter). */
    public boolean isServletContainer() {
        return servlet;
    }
}
