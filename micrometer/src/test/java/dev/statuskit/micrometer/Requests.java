package dev.statuskit.micrometer;

import dev.statuskit.http.ProblemRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Requests made of their parts, for the responder tests. */
final class Requests {
    private Requests() {
    }

    /** A request with these headers (name, value, name, value...) and query string. */
    static ProblemRequest request(String method, @Nullable String rawQuery, String... headers) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return ProblemRequest.of(method, "/test", map, rawQuery);
    }
}
