package dev.statuskit.http.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemResponder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyResponderTest {
    private static final ProblemResponder RESPONDER = ProblemResponder.create(ProblemOptions.defaults());

    @Test
    void looksTheResponderUpAtTheFirstAnswerOnlyAndKeepsIt() {
        AtomicInteger lookups = new AtomicInteger();
        LazyResponder lazy = new LazyResponder(() -> {
            lookups.incrementAndGet();
            return RESPONDER;
        });

        assertThat(lookups).as("made, not yet asked").hasValue(0);
        assertThat(lazy.get()).isSameAs(RESPONDER);
        assertThat(lazy.get()).isSameAs(RESPONDER);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aLookupThatFindsNothingIsAnErrorAndIsTriedAgainNextTime() {
        AtomicInteger lookups = new AtomicInteger();
        LazyResponder lazy = new LazyResponder(() -> lookups.incrementAndGet() == 1 ? null : RESPONDER);

        assertThatThrownBy(lazy::get).isInstanceOf(NullPointerException.class).hasMessage("the looked-up responder");
        assertThat(lazy.get()).isSameAs(RESPONDER);
        assertThat(lookups).hasValue(2);
    }
}
