package dev.statuskit.http;

import dev.statuskit.i18n.internal.Utf16;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code text/plain}: the status and title on the first line, the detail on the second, then one
 * {@code name: value} line per other member; Lists as {@code [a, b]}, Maps as {@code {key: value}}.
 *
 * <p>Control characters, line breaks included, become spaces, so no value can forge a line or send
 * terminal escape sequences; lone surrogates become U+FFFD.
 */
final class LegacyTextRenderer implements ProblemRenderer {
    /** The shared instance; it holds no state. */
    public static final LegacyTextRenderer INSTANCE = new LegacyTextRenderer();

    private LegacyTextRenderer() {
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.TEXT;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(256);
        text.append(problem.status());
        if (problem.title() != null) {
            text.append(' ').append(clean(problem.title()));
        }
        text.append('\n');
        if (problem.detail() != null) {
            text.append(clean(problem.detail())).append('\n');
        }
        boolean members = !problem.isAboutBlank() || problem.instance() != null || !problem.extensions().isEmpty();
        if (members) {
            text.append('\n');
        }
        if (!problem.isAboutBlank()) {
            text.append("type: ").append(clean(problem.type().toString())).append('\n');
        }
        if (problem.instance() != null) {
            text.append("instance: ").append(clean(problem.instance().toString())).append('\n');
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            text.append(member.getKey()).append(": ");
            appendValue(text, member.getValue());
            text.append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void appendValue(StringBuilder text, Object value) {
        if (value instanceof List<?> list) {
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                text.append(i > 0 ? ", " : "");
                appendValue(text, list.get(i));
            }
            text.append(']');
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                text.append(separator).append(entry.getKey()).append(": ");
                appendValue(text, entry.getValue());
                separator = ", ";
            }
            text.append('}');
        } else {
            text.append(clean(String.valueOf(value)));
        }
    }

    private static String clean(String s) {
        StringBuilder cleaned = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Utf16.isPairAt(s, i)) {
                cleaned.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cleaned.append(Utf16.REPLACEMENT_CHARACTER);
            } else {
                cleaned.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return cleaned.toString();
    }
}
