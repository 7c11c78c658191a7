package dev.statuskit.demo;

/** A container hosting the one {@link DemoApp}: it maps the app's answers to its paths and nothing more. */
interface DemoHost {
    /** Starts listening. */
    void start() throws Exception;

    /** The port listened on, once started. */
    int port();

    /** Stops, and frees what the container holds. */
    void stop() throws Exception;
}
