package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.http.internal.Members;
import dev.statuskit.i18n.HttpStatusRegistry;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
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
    // The extension members in order, as Problem holds them: the first in two fields, the others as names and
    // values side by side in an array created by the second. Most problems have none or one. The array grows by
    // doubling from one pair, so that with one or two other members it is full, and build() hands it to the
    // problem instead of copying it; the array is then shared, and the next change copies it first.
    private @Nullable String firstName;
    private @Nullable Object firstValue;
    private @Nullable Object @Nullable [] others;
    private int otherCount;
    private boolean othersShared;
    private Problem.@Nullable Localization localization;

    ProblemBuilder() {
    }

    ProblemBuilder(Problem problem) {
        this.type = problem.type();
        this.title = problem.title();
        this.status = problem.status();
        this.detail = problem.detail();
        this.instance = problem.instance();
        int count = problem.memberCount();
        if (count > 0) {
            this.firstName = problem.memberName(0);
            this.firstValue = problem.memberValue(0);
        }
        if (count > 1) {
            this.others = problem.otherMembers();
            this.otherCount = count - 1;
            this.othersShared = true;
        }
        this.localization = problem.localization();
    }

    /** The texts to localize when answered; {@code arguments} is unmodifiable already. */
    ProblemBuilder localized(ProblemType type, List<@Nullable Object> arguments) {
        this.localization = new Problem.Localization(type, arguments);
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
     *   <li>arrays and {@link java.util.Collection}s become unmodifiable Lists, {@link java.util.Map}s with String
     *       keys unmodifiable Maps in iteration order; a key must be an XML name (a letter or {@code _},
     *       then letters, digits, {@code _}, {@code -} and {@code .}) and nesting stops at
     *       {@value Members#MAX_DEPTH} levels.</li>
     * </ul>
     * What nobody can change is not copied again: a List of {@link List#of} or {@link List#copyOf} whose items
     * need no copy either, and the Lists and Maps this copy made (such as the values of another problem's
     * {@link Problem#extensions()}) are kept as they are.
     *
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name or the value breaks these rules; the message states the
     *     rule and the offending value
     */
    public ProblemBuilder with(String name, @Nullable Object value) {
        Members.validateName(name);
        Object copy = Members.copyValue(name, value);
        if (firstName == null) {
            firstName = name;
            firstValue = copy;
            return this;
        }
        if (firstName.equals(name)) {
            firstValue = copy;
            return this;
        }
        for (int i = 0; i < otherCount; i++) {
            if (others[2 * i].equals(name)) {
                if (othersShared) {
                    others = others.clone();
                    othersShared = false;
                }
                others[2 * i + 1] = copy;
                return this;
            }
        }
        if (others == null) {
            others = new Object[2];
        } else if (others.length == 2 * otherCount) {
            // Full, as a shared array always is: grown into a copy of its own.
            others = Arrays.copyOf(others, 4 * otherCount);
            othersShared = false;
        }
        others[2 * otherCount] = name;
        others[2 * otherCount + 1] = copy;
        otherCount++;
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
        Object[] members = null;
        if (otherCount > 0) {
            // A full array is handed over, and copied by the next change to this builder.
            members = others.length == 2 * otherCount ? others : Arrays.copyOf(others, 2 * otherCount);
            othersShared = members == others;
        }
        return new Problem(type, title, status, detail, instance, firstName, firstValue, members, localization);
    }
}
