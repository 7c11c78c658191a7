package dev.statuskit.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A problem type of the application, declared once: its {@code type} URI, its status, and the bundle keys of
 * its {@code title} and {@code detail}. The {@link ProblemResponder} localizes each occurrence in the language
 * of the request: the title as the bundle has it, the detail as a message pattern formatted with the
 * occurrence's arguments (see {@link MessageFormatter}). The keys are looked up in the responder's catalog
 * ({@code StatusCatalog.Builder.addBundle}), falling back key by key to the default locale; an answer is
 * always in one language, which {@code Content-Language} names: if the title and the detail would come from
 * different locales, both come from the default locale.
 *
 * <pre>{@code
 * static final ProblemType OUT_OF_CREDIT = ProblemType
 *         .builder(URI.create("https://example.com/probs/out-of-credit"), 403)
 *         .titleKey("out-of-credit.title")        // You do not have enough credit.
 *         .detailKey("out-of-credit.detail")      // Your current balance is {0, number}, but that costs {1, number}.
 *         .build();
 *
 * throw OUT_OF_CREDIT.exception(30, 50);
 * throw new ProblemException(OUT_OF_CREDIT.problem(30, 50).with("balance", 30).build());
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProblemType {
    private final URI type;
    private final int status;
    private final @Nullable String titleKey;
    private final @Nullable String detailKey;

    private ProblemType(Builder builder) {
        this.type = builder.type;
        this.status = builder.status;
        this.titleKey = builder.titleKey;
        this.detailKey = builder.detailKey;
    }

    /**
     * A builder for a problem type.
     *
     * @param type the type URI, absolute or relative (resolved against {@code statuskit.type-base}); not
     *     {@code about:blank}, which means no type beyond the status
     * @param status the status of its answers, 400-599
     * @throws IllegalArgumentException if the type is {@code about:blank} or the status is outside 400-599
     */
    public static Builder builder(URI type, int status) {
        return new Builder(type, status);
    }

    /** The type URI. */
    public URI type() {
        return type;
    }

    /** The status of its answers. */
    public int status() {
        return status;
    }

    /** The bundle key of the title, if it has one. */
    public Optional<String> titleKey() {
        return Optional.ofNullable(titleKey);
    }

    /** The bundle key of the detail pattern, if it has one. */
    public Optional<String> detailKey() {
        return Optional.ofNullable(detailKey);
    }

    /**
     * A builder of one occurrence: this type's URI and status, its texts to be localized when answered, with
     * these arguments for the detail pattern. Add extension members with {@link ProblemBuilder#with}; a title
     * or detail set on it replaces the localized one.
     *
     * @param detailArguments the detail's arguments, {@code {0}} first; may hold null
     */
    public ProblemBuilder problem(@Nullable Object... detailArguments) {
        List<@Nullable Object> arguments = detailArguments == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(detailArguments)));
        return Problem.builder().type(type).status(status).localized(this, arguments);
    }

    /** An exception that answers with one occurrence: {@code new ProblemException(problem(detailArguments).build())}. */
    public ProblemException exception(@Nullable Object... detailArguments) {
        return new ProblemException(problem(detailArguments).build());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProblemType other && other.type.equals(type) && other.status == status
                && Objects.equals(other.titleKey, titleKey) && Objects.equals(other.detailKey, detailKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, status, titleKey, detailKey);
    }

    @Override
    public String toString() {
        return "ProblemType[" + status + " " + type + ", titleKey=" + titleKey + ", detailKey=" + detailKey + "]";
    }

    /** Builds a {@link ProblemType}. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final URI type;
        private final int status;
        private @Nullable String titleKey;
        private @Nullable String detailKey;

        private Builder(URI type, int status) {
            this.type = Objects.requireNonNull(type, "type");
            if (Problem.ABOUT_BLANK.equals(type)) {
                throw new IllegalArgumentException("A problem type needs a type URI of its own; about:blank means"
                        + " the status alone (RFC 9457 §4.2.1)");
            }
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("The status of problem type " + type + " is " + status
                        + "; it must be an error status, 400-599 (RFC 9110 §15.5-15.6)");
            }
            this.status = status;
        }

        /**
         * The bundle key of the title: a short summary of the type, the same for every occurrence.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder titleKey(String key) {
            this.titleKey = key(key);
            return this;
        }

        /**
         * The bundle key of the detail: a message pattern, formatted with each occurrence's arguments.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder detailKey(String key) {
            this.detailKey = key(key);
            return this;
        }

        /** The problem type. */
        public ProblemType build() {
            return new ProblemType(this);
        }

        private String key(String key) {
            if (Objects.requireNonNull(key, "key").isBlank()) {
                throw new IllegalArgumentException("A bundle key of problem type " + type + " is blank");
            }
            return key.strip();
        }
    }
}
