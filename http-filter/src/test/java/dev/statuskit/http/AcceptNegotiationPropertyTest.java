package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The {@code Accept} parser never throws and always chooses a format, whatever the header. */
class AcceptNegotiationPropertyTest {

    @Property(tries = 3000)
    void choosesAFormatForAnyStringWithoutThrowing(@ForAll("acceptLike") String accept) {
        assertThat(ProblemFormat.negotiate(accept)).isNotNull();
    }

    @Property(tries = 1000)
    void choosesAFormatForArbitraryUnicode(@ForAll String accept) {
        assertThat(ProblemFormat.negotiate(accept)).isNotNull();
    }

    @Provide
    Arbitrary<String> acceptLike() {
        return Arbitraries.of("text/html", "application/json", "*/*", "text/*", "application/*+xml", ";", ",", "q=",
                        "q=0.5", "q=1.0001", ";q=", "/", " ", "\t", "*", "=", "\"", "\u0000", "é", "text/", "/plain",
                        "application/problem+json", "0.", "1")
                .list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
