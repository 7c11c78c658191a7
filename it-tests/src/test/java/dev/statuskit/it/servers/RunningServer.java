package dev.statuskit.it.servers;

import java.net.URI;

/** A server started for the tests on a loopback port. */
public interface RunningServer extends AutoCloseable {
    /** The base URI, ending in a slash. */
    URI base();

    /** Which server this is. */
    ServerKind kind();

    /** Stops the server. */
    @Override
    void close();

    /** Resolves a path (without leading slash) against the base. */
    default URI uri(String path) {
        return base().resolve(path);
    }
}
