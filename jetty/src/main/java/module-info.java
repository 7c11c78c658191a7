/**
 * StatusKit Jetty: a Jetty 12 core {@code ErrorHandler} that answers the errors Jetty answers by itself with
 * StatusKit's localized problems, and a guard that refuses {@code TRACE}.
 */
module dev.statuskit.jetty {
    // Compile-time annotations; transitive so that readers of this module's API see them too.
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive dev.statuskit.http;
    // The container's API: provided by the server that runs the handler.
    requires static transitive org.eclipse.jetty.server;

    exports dev.statuskit.jetty;
}
