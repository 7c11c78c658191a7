package dev.statuskit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RandomCasesTest {

    @AfterEach
    void clearReplay() {
        System.clearProperty(RandomCases.SEED_PROPERTY);
    }

    @Test
    void checksAsManyCasesAsAsked() {
        List<String> seen = new ArrayList<>();
        assertThat(RandomCases.check(250, Gen.chars("ab", 5), seen::add)).isEqualTo(250);
        assertThat(seen).hasSize(250);
    }

    @Test
    void aFailingCaseNamesItsSeedAndInputAndReplayingTheSeedDrawsTheSameInput() {
        Gen<String> gen = Gen.chars("abc", 8);
        AssertionError failure = null;
        try {
            RandomCases.check(500, gen, s -> assertThat(s).doesNotContain("cc"));
        } catch (AssertionError e) {
            failure = e;
        }
        assertThat(failure).as("some of 500 strings of up to 8 of a, b, c contain cc").isNotNull();
        assertThat(failure.getMessage()).contains("replay it alone with -Dstatuskit.seed=0x").contains("input: \"");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);

        Matcher seed = Pattern.compile("seed (0x[0-9A-F]+);").matcher(failure.getMessage());
        assertThat(seed.find()).isTrue();
        String input = RandomCases.valueFor(RandomCases.parseSeed(seed.group(1)), gen);
        assertThat(failure.getMessage()).contains("input: \"" + input + "\"");

        System.setProperty(RandomCases.SEED_PROPERTY, seed.group(1));
        List<String> replayed = new ArrayList<>();
        assertThatThrownBy(() -> RandomCases.check(500, gen, s -> {
            replayed.add(s);
            assertThat(s).doesNotContain("cc");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("case 1 of 1");
        assertThat(replayed).containsExactly(input);
    }

    @Test
    void anExceptionOtherThanAnAssertionIsReportedToo() {
        assertThatThrownBy(() -> RandomCases.check(3, Gen.of(1), n -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("failure: java.lang.IllegalStateException: boom");
    }

    @Test
    void aMalformedSeedIsRefusedWithTheRule() {
        System.setProperty(RandomCases.SEED_PROPERTY, "0xZZ");
        assertThatThrownBy(() -> RandomCases.check(1, Gen.of(1), n -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a long");
    }

    @Test
    void sizesReachBothBounds() {
        SplittableRandom random = new SplittableRandom(42);
        Gen<List<Integer>> lists = Gen.of(1).list(3, 7);
        boolean min = false;
        boolean max = false;
        for (int i = 0; i < 1000; i++) {
            int size = lists.next(random).size();
            assertThat(size).isBetween(3, 7);
            min |= size == 3;
            max |= size == 7;
        }
        assertThat(min && max).isTrue();
    }

    @Test
    void anyUtf16ProducesLoneSurrogatesAndWellFormedNever() {
        SplittableRandom random = new SplittableRandom(7);
        int withLone = 0;
        for (int i = 0; i < 200; i++) {
            withLone += hasLoneSurrogate(Gen.anyUtf16(20).next(random)) ? 1 : 0;
            assertThat(hasLoneSurrogate(Gen.wellFormed(20).next(random))).isFalse();
        }
        assertThat(withLone).isGreaterThan(50);
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void describeEscapesWhatATerminalWouldHide() {
        assertThat(RandomCases.describe("a\"\\\u2028\uD800é")).isEqualTo("\"a\\\"\\\\\\u2028\\uD800\\u00E9\"");
    }
}
