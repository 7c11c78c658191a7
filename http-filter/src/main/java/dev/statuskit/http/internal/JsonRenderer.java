package dev.statuskit.http.internal;

import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.http.ProblemRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** {@code application/problem+json}: the standard members first, then the extensions in order. */
public final class JsonRenderer implements ProblemRenderer {
    /** The shared instance; it holds no state. */
    public static final JsonRenderer INSTANCE = new JsonRenderer();

    private JsonRenderer() {
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.JSON;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"type\":");
        Json.appendString(json, problem.type().toString());
        if (problem.title() != null) {
            json.append(",\"title\":");
            Json.appendString(json, problem.title());
        }
        json.append(",\"status\":").append(problem.status());
        if (problem.detail() != null) {
            json.append(",\"detail\":");
            Json.appendString(json, problem.detail());
        }
        if (problem.instance() != null) {
            json.append(",\"instance\":");
            Json.appendString(json, problem.instance().toString());
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            json.append(',');
            Json.appendString(json, member.getKey());
            json.append(':');
            Json.appendValue(json, member.getValue());
        }
        json.append('}');
        // Every lone surrogate is escaped, so the encoding is lossless.
        out.write(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
