package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.http.internal.IndexedMap;
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
    // The extension members, in order, and the localization, in two fields so that the object takes 40 bytes
    // (with compressed references). Most problems have no member or one (errorId, a trace id) and no
    // localization: then head is null or that member's name, and firstValue its value. Any other problem has a
    // Head in head, with the first member's name, the other members as name, value, name, value... in an array of
    // exactly their size, and the localization.
    private final @Nullable Object head;
    private final @Nullable Object firstValue;

    /** A problem type to localize the texts of, and the arguments of its detail. */
    record Localization(ProblemType type, List<@Nullable Object> arguments) {
    }

    /** The first member's name, the other members and the localization of a problem with more than one member or a localization. */
    private record Head(@Nullable String firstName, @Nullable Object @Nullable [] others, @Nullable Localization localization) {
    }

    Problem(URI type, @Nullable String title, int status, @Nullable String detail, @Nullable URI instance,
            @Nullable String firstName, @Nullable Object firstValue, @Nullable Object @Nullable [] others,
            @Nullable Localization localization) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.head = others == null && localization == null ? firstName : new Head(firstName, others, localization);
        this.firstValue = firstValue;
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
        return type == ABOUT_BLANK || ABOUT_BLANK.equals(type);
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
        return memberCount() == 0 ? Map.of() : new Extensions(this);
    }

    /** The number of extension members. */
    int memberCount() {
        if (head instanceof String) {
            return 1;
        }
        if (head == null) {
            return 0;
        }
        Head more = (Head) head;
        return more.firstName() == null ? 0 : more.others() == null ? 1 : 1 + more.others().length / 2;
    }

    /** The name of the extension member at this position. */
    String memberName(int index) {
        if (head instanceof String name) {
            return name; // the only member
        }
        Head more = (Head) head;
        return index == 0 ? more.firstName() : (String) more.others()[2 * index - 2];
    }

    /** The value of the extension member at this position. */
    @Nullable Object memberValue(int index) {
        return index == 0 ? firstValue : ((Head) head).others()[2 * index - 1];
    }

    /**
     * The members after the first, as name, value, name, value... in an array of exactly their size, or null for
     * none; for {@link ProblemBuilder}, which shares it and copies it before any change.
     */
    @Nullable Object @Nullable [] otherMembers() {
        return head instanceof Head more ? more.others() : null;
    }

    /** The localization of a problem of a {@link ProblemType}, or null. */
    @Nullable Localization localization() {
        return head instanceof Head more ? more.localization() : null;
    }

    /**
     * The {@link ProblemType} whose texts the {@link ProblemResponder} localizes, if the problem came from
     * {@link ProblemType#problem}: its title and detail keys fill a title or detail that is not set.
     */
    public Optional<ProblemType> problemType() {
        Localization localization = localization();
        return localization != null ? Optional.of(localization.type()) : Optional.empty();
    }

    /** The arguments of the problem type's detail pattern, {@code {0}} first; empty for none. Unmodifiable. */
    public List<@Nullable Object> detailArguments() {
        Localization localization = localization();
        return localization != null ? localization.arguments() : List.of();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Problem other && other.status == status && other.type.equals(type)
                && Objects.equals(other.title, title) && Objects.equals(other.detail, detail)
                && Objects.equals(other.instance, instance) && other.extensions().equals(extensions())
                && Objects.equals(other.localization(), localization());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, status, detail, instance, extensions(), problemType().orElse(null),
                detailArguments());
    }

    @Override
    public String toString() {
        Localization localization = localization();
        return "Problem[" + status + " " + type + ", title=" + title + ", detail=" + detail + ", instance=" + instance
                + ", extensions=" + extensions() + (localization != null ? ", localized by " + localization.type()
                + " with " + localization.arguments() : "") + "]";
    }

    /** The unmodifiable view {@link #extensions()} returns, over the members by position. */
    private static final class Extensions extends IndexedMap {
        private final Problem problem;

        Extensions(Problem problem) {
            this.problem = problem;
        }

        @Override
        public int size() {
            return problem.memberCount();
        }

        @Override
        public String key(int index) {
            return problem.memberName(index);
        }

        @Override
        public @Nullable Object value(int index) {
            return problem.memberValue(index);
        }
    }
}
