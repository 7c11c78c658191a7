package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which status an exception answers with: the nearest mapped class, whatever the order of the mappings. */
class ExceptionStatusPolicyTest {

    @Test
    void answersTheFallbackForEveryExceptionWithoutMappings() {
        ExceptionStatusPolicy none = ExceptionStatusPolicy.none();

        assertThat(none.statusFor(new IllegalStateException(), 500)).isEqualTo(500);
        assertThat(none.statusFor(new IllegalStateException(), 418)).isEqualTo(418);
        assertThat(none.statusFor(null, 404)).isEqualTo(404);
        assertThat(none.statuses()).isEmpty();
        assertThat(none).hasToString("");
    }

    @Test
    void buildsTheSharedEmptyPolicyFromNoMappings() {
        assertThat(ExceptionStatusPolicy.builder().build()).isSameAs(ExceptionStatusPolicy.none());
    }

    @Test
    void answersTheNearestMappedClassWhateverTheOrderOfTheMappings() {
        ExceptionStatusPolicy generalFirst = ExceptionStatusPolicy.builder()
                .map(Exception.class, 503).map(RuntimeException.class, 409).map(IllegalArgumentException.class, 400)
                .build();
        ExceptionStatusPolicy specificFirst = ExceptionStatusPolicy.builder()
                .map(IllegalArgumentException.class, 400).map(RuntimeException.class, 409).map(Exception.class, 503)
                .build();

        for (ExceptionStatusPolicy policy : new ExceptionStatusPolicy[] {generalFirst, specificFirst}) {
            assertThat(policy.statusFor(new NumberFormatException(), 500)).isEqualTo(400);
            assertThat(policy.statusFor(new IllegalArgumentException(), 500)).isEqualTo(400);
            assertThat(policy.statusFor(new UncheckedIOException(new IOException()), 500)).isEqualTo(409);
            assertThat(policy.statusFor(new IOException(), 500)).isEqualTo(503);
            assertThat(policy.statusFor(new StackOverflowError(), 500)).as("an Error is no Exception").isEqualTo(500);
        }
    }

    @Test
    void coversErrorsTooWhenThrowableIsMapped() {
        ExceptionStatusPolicy policy = ExceptionStatusPolicy.builder().map(Throwable.class, 503).build();

        assertThat(policy.statusFor(new StackOverflowError(), 500)).isEqualTo(503);
        assertThat(policy.statusFor(new Exception(), 500)).isEqualTo(503);
    }

    @Test
    void coversAnonymousSubclasses() {
        ExceptionStatusPolicy policy = ExceptionStatusPolicy.builder().map(IllegalStateException.class, 409).build();

        assertThat(policy.statusFor(new IllegalStateException() {
            private static final long serialVersionUID = 1L;
        }, 500)).isEqualTo(409);
    }

    @Test
    void walksTheClassHierarchyNotTheCauses() {
        ExceptionStatusPolicy policy = ExceptionStatusPolicy.builder().map(IllegalArgumentException.class, 400).build();

        assertThat(policy.statusFor(new RuntimeException(new IllegalArgumentException()), 500)).isEqualTo(500);
    }

    @Test
    void replacesAClassesStatusInItsFirstPlace() {
        ExceptionStatusPolicy policy = ExceptionStatusPolicy.builder()
                .map(IllegalArgumentException.class, 400).map(IOException.class, 503)
                .map(IllegalArgumentException.class, 422).build();

        assertThat(policy.statuses()).containsExactly(Map.entry(IllegalArgumentException.class, 422),
                Map.entry(IOException.class, 503));
        assertThat(policy).hasToString("java.lang.IllegalArgumentException=422,java.io.IOException=503");
    }

    @Test
    void keepsABuiltPolicyAsItWasWhenTheBuilderGoesOn() {
        ExceptionStatusPolicy.Builder builder = ExceptionStatusPolicy.builder().map(IllegalArgumentException.class, 400);
        ExceptionStatusPolicy first = builder.build();

        builder.map(IOException.class, 503);

        assertThat(first.statuses()).containsExactly(Map.entry(IllegalArgumentException.class, 400));
        assertThat(builder.build().statuses()).hasSize(2);
    }

    @Test
    void hasMappingsThatCannotBeChanged() {
        ExceptionStatusPolicy policy = ExceptionStatusPolicy.builder().map(IllegalArgumentException.class, 400).build();

        assertThatThrownBy(() -> policy.statuses().put(IOException.class, 503))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isEqualToAPolicyWithTheSameMappingsInAnyOrder() {
        ExceptionStatusPolicy one = ExceptionStatusPolicy.builder()
                .map(IllegalArgumentException.class, 400).map(IOException.class, 503).build();
        ExceptionStatusPolicy other = ExceptionStatusPolicy.builder()
                .map(IOException.class, 503).map(IllegalArgumentException.class, 400).build();
        ExceptionStatusPolicy different = ExceptionStatusPolicy.builder()
                .map(IOException.class, 502).map(IllegalArgumentException.class, 400).build();

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other).isNotEqualTo(different).isNotEqualTo(null);
        assertThat(ExceptionStatusPolicy.builder().build()).isEqualTo(ExceptionStatusPolicy.none());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 499, 500, 599})
    void mapsToAnyErrorStatus(int status) {
        assertThat(ExceptionStatusPolicy.builder().map(IOException.class, status).build()
                .statusFor(new IOException(), 200)).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 100, 200, 399, 600, 999, Integer.MAX_VALUE})
    void refusesAnyOtherStatus(int status) {
        assertThatThrownBy(() -> ExceptionStatusPolicy.builder().map(IOException.class, status))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Option statuskit.exception-status: status " + status + " for java.io.IOException must be"
                        + " in 400-599 (an error status, RFC 9110 §15.5-15.6)");
    }

    @Test
    void refusesAMissingClass() {
        assertThatThrownBy(() -> ExceptionStatusPolicy.builder().map(null, 400))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
    }
}
