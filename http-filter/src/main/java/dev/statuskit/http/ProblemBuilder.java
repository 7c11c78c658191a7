package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.http.internal.Members;
import dev.statuskit.i18n.HttpStatusRegistry;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Problem}. Every setter checks its argument at once, so a mistake fails where it is
 * made; {@link #build()} copies the members, so one builder can build several problems.
 *
 * <p>Not thread-safe; the problems it builds are.
 */
@API(status = STABLE, since = "0.1")
public final class ProblemBuilder {
    private URI type = Problem.ABOUT_BLANK;
    private @Nullable String title;
    private int status;
    private @Nullable String detail;
    private @Nullable URI instance;
    /** Created by the first extension member: most problems have none. */
    private @Nullable Map<String, @Nullable Object> extensions;
    private @Nullable ProblemType problemType;
    private List<@Nullable Object> detailArguments = List.of();

    ProblemBuilder() {
    }

    ProblemBuilder(Problem problem) {
        this.type = problem.type();
        this.title = problem.title();
        this.status = problem.status();
        this.detail = problem.detail();
        this.instance = problem.instance();
        if (!problem.extensions().isEmpty()) {
            this.extensions = new LinkedHashMap<>(problem.extensions());
        }
        this.problemType = problem.problemType().orElse(null);
        this.detailArguments = problem.detailArguments();
    }

    /** The texts to localize when answered; {@code arguments} is unmodifiable already. */
    ProblemBuilder localized(ProblemType type, List<@Nullable Object> arguments) {
        this.problemType = type;
        this.detailArguments = arguments;
        return this;
    }

    /**
     * The problem type, absolute or relative (a relative one is resolved against the
     * {@code statuskit.type-base} option when answered); null means {@code about:blank}.
     */
    public ProblemBuilder type(@Nullable URI type) {
        this.type = type != null ? type : Problem.ABOUT_BLANK;
        return this;
    }

    /** A short, human-readable summary of the problem type; null for none. */
    public ProblemBuilder title(@Nullable String title) {
        this.title = title;
        return this;
    }

    /**
     * The HTTP status code.
     *
     * @throws IllegalArgumentException if it is outside 100-599
     */
    public ProblemBuilder status(int status) {
        HttpStatusRegistry.validateStatusCode(status);
        this.status = status;
        return this;
    }

    /** An explanation specific to this occurrence, for the client; null for none. */
    public ProblemBuilder detail(@Nullable String detail) {
        this.detail = detail;
        return this;
    }

    /** A URI reference that identifies this occurrence; null for none. */
    public ProblemBuilder instance(@Nullable URI instance) {
        this.instance = instance;
        return this;
    }

    /**
     * Adds or replaces an extension member; a replaced member keeps its position.
     *
     * <p>The name must follow RFC 9457 §3.2 so that every format can carry it: an ASCII letter first, then
     * only ASCII letters, digits and {@code _}, at least three characters, and none of the standard member
     * names. The value is copied now, deeply, into immutable form:
     * <ul>
     *   <li>null, {@link String}, {@link Boolean} and the JDK's immutable numbers stay as they are
     *       (a {@code double} or {@code float} must be finite: JSON has no NaN);</li>
     *   <li>other {@link Number}s become {@link java.math.BigDecimal}s; {@link CharSequence}s,
     *       {@link Character}s, enums (by name), {@link URI}s, {@link java.util.UUID}s and
     *       {@code java.time} values become Strings;</li>
     *   <li>arrays and {@link java.util.Collection}s become unmodifiable Lists, {@link Map}s with String
     *       keys unmodifiable Maps in iteration order; a key must be an XML name (a letter or {@code _},
     *       then letters, digits, {@code _}, {@code -} and {@code .}) and nesting stops at
     *       {@value Members#MAX_DEPTH} levels.</li>
     * </ul>
     *
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name or the value breaks these rules; the message states the
     *     rule and the offending value
     */
    public ProblemBuilder with(String name, @Nullable Object value) {
        Members.validateName(name);
        Object copy = Members.copyValue(name, value);
        if (extensions == null) {
            extensions = new LinkedHashMap<>(4);
        }
        extensions.put(name, copy);
        return this;
    }

    /**
     * Builds the problem.
     *
     * @throws IllegalStateException if no status was set
     */
    public Problem build() {
        if (status == 0) {
            throw new IllegalStateException("A problem needs a status: call status(int) with a code in 100-599");
        }
        return new Problem(type, title, status, detail, instance, copyOf(extensions), problemType, detailArguments);
    }

    /** An unmodifiable copy in insertion order; the smallest the JDK has for none and for one member. */
    private static Map<String, @Nullable Object> copyOf(@Nullable Map<String, @Nullable Object> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return Map.of();
        }
        if (extensions.size() == 1) {
            Map.Entry<String, @Nullable Object> only = extensions.entrySet().iterator().next();
            return Collections.singletonMap(only.getKey(), only.getValue()); // unlike Map.of, takes a null value
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }
}
