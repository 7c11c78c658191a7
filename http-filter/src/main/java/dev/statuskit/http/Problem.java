package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem details object: what went wrong, in a form both machines and people can read.
 *
 * <p>The standard members are {@link #type()} ({@code about:blank} unless set), {@link #title()},
 * {@link #status()}, {@link #detail()} and {@link #instance()}; everything else is an extension member
 * (RFC 9457 §3.2), kept in insertion order. Extension values are Strings, Numbers, Booleans, null, and
 * Lists and Maps of those; {@link ProblemBuilder#with(String, Object)} states what it accepts.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}:
 * <pre>{@code
 * Problem problem = Problem.builder()
 *         .type(URI.create("https://example.com/probs/out-of-credit"))
 *         .title("You do not have enough credit.")
 *         .status(403)
 *         .with("balance", 30)
 *         .build();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Problem {
    /** The default problem type: the problem is just its HTTP status (RFC 9457 §4.2.1). */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    private final URI type;
    private final @Nullable String title;
    private final int status;
    private final @Nullable String detail;
    private final @Nullable URI instance;
    private final Map<String, @Nullable Object> extensions;
    private final @Nullable ProblemType problemType;
    private final List<@Nullable Object> detailArguments;

    Problem(URI type, @Nullable String title, int status, @Nullable String detail, @Nullable URI instance,
            Map<String, @Nullable Object> extensions, @Nullable ProblemType problemType,
            List<@Nullable Object> detailArguments) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = extensions;
        this.problemType = problemType;
        this.detailArguments = detailArguments;
    }

    /** A new builder; its status must be set before {@link ProblemBuilder#build()}. */
    public static ProblemBuilder builder() {
        return new ProblemBuilder();
    }

    /** A builder holding this problem's members, to derive another problem from it. */
    public ProblemBuilder toBuilder() {
        return new ProblemBuilder(this);
    }

    /** The problem type; {@link #ABOUT_BLANK} when none was set. May be a relative reference. */
    public URI type() {
        return type;
    }

    /** Whether the type is {@code about:blank}, so that the problem means no more than its status. */
    public boolean isAboutBlank() {
        return ABOUT_BLANK.equals(type);
    }

    /** A short summary of the problem type, or null. */
    public @Nullable String title() {
        return title;
    }

    /** The HTTP status code, 100-599. */
    public int status() {
        return status;
    }

    /** An explanation of this occurrence, or null. */
    public @Nullable String detail() {
        return detail;
    }

    /** A reference to this occurrence, or null. */
    public @Nullable URI instance() {
        return instance;
    }

    /** The extension members in insertion order; unmodifiable. */
    public Map<String, @Nullable Object> extensions() {
        return extensions;
    }

    /**
     * The {@link ProblemType} whose texts the {@link ProblemResponder} localizes, if the problem came from
     * {@link ProblemType#problem}: its title and detail keys fill a title or detail that is not set.
     */
    public Optional<ProblemType> problemType() {
        return Optional.ofNullable(problemType);
    }

    /** The arguments of the problem type's detail pattern, {@code {0}} first; empty for none. Unmodifiable. */
    public List<@Nullable Object> detailArguments() {
        return detailArguments;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Problem other && other.status == status && other.type.equals(type)
                && Objects.equals(other.title, title) && Objects.equals(other.detail, detail)
                && Objects.equals(other.instance, instance) && other.extensions.equals(extensions)
                && Objects.equals(other.problemType, problemType) && other.detailArguments.equals(detailArguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, status, detail, instance, extensions, problemType, detailArguments);
    }

    @Override
    public String toString() {
        return "Problem[" + status + " " + type + ", title=" + title + ", detail=" + detail + ", instance=" + instance
                + ", extensions=" + extensions + (problemType != null ? ", localized by " + problemType
                + " with " + detailArguments : "") + "]";
    }
}
