/**
 * StatusKit Grizzly: an {@code ErrorPageGenerator} and an HTTP codec for Grizzly's {@code HttpServer} that
 * answer the errors Grizzly answers by itself with StatusKit's localized problems, and a guard that refuses
 * {@code TRACE}.
 */
module dev.statuskit.grizzly {
    // Compile-time annotations; transitive so that readers of this module's API see them too.
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive dev.statuskit.http;
    // The container's API (named modules in Grizzly 4): provided by the server that runs the generator.
    requires static transitive org.glassfish.grizzly.http.server;
    requires static org.glassfish.grizzly.http;
    requires static org.glassfish.grizzly;

    exports dev.statuskit.grizzly;
}
