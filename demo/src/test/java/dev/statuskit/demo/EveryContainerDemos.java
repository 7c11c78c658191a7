package dev.statuskit.demo;

import dev.statuskit.demo.DemoServer.Container;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The demo started on every container, on free loopback ports, for the test classes that compare them. */
final class EveryContainerDemos {
    private EveryContainerDemos() {
    }

    /** One demo per container; if one fails to start, those already started are closed before the failure is thrown. */
    static Map<Container, DemoServer> start() throws Exception {
        Map<Container, DemoServer> demos = new EnumMap<>(Container.class);
        try {
            for (Container container : Container.values()) {
                demos.put(container, DemoServer.start("127.0.0.1", 0, container));
            }
        } catch (Exception | Error e) {
            close(demos);
            throw e;
        }
        return Collections.unmodifiableMap(demos);
    }

    /** Closes every demo of the map. */
    static void close(Map<Container, DemoServer> demos) {
        demos.values().forEach(DemoServer::close);
    }
}
