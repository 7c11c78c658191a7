package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of reason truncation and repair, each checked over {@value #CASES} random texts (seeds in
 * {@link RandomCases}) and over the edge cases that random search found, pinned here by name.
 */
class CloseRulesPropertiesTest {
    /** Cases per property, as many as the former property runner's default. */
    static final int CASES = 1000;

    /** Well-formed text of 1-, 2-, 3- and 4-byte characters, up to about 800 bytes. */
    static final Gen<String> WELL_FORMED = Gen.wellFormed(200);

    /** Any UTF-16 text: well-formed characters mixed with lone high and low surrogates. */
    static final Gen<String> ANY_UTF16 = Gen.oneOf(
            Gen.wellFormed(1).map(s -> s.isEmpty() ? "x" : s),
            Gen.charRange('\uD800', '\uDFFF', 1).map(s -> s.isEmpty() ? "\uDC00" : s)).joined("", 200);

    /** Well-formed edge cases: empty, U+2028/2029, and 123 or 124 UTF-8 bytes with each width of character last. */
    static Stream<String> wellFormedEdgeCases() {
        return Stream.of("", "\u2028", "\u2029", "\u2028".repeat(41), "\u2029".repeat(42),
                "a".repeat(123), "a".repeat(124), "a".repeat(121) + "é", "a".repeat(122) + "é",
                "a".repeat(120) + "中", "a".repeat(121) + "中", "a".repeat(119) + "\uD83D\uDE00",
                "a".repeat(120) + "\uD83D\uDE00", "\uD83D\uDE00".repeat(31));
    }

    /** Every well-formed edge case, and lone surrogates: alone, at either end, doubled, at the 123-byte boundary. */
    static Stream<String> anyEdgeCases() {
        return Stream.concat(wellFormedEdgeCases(), Stream.of("\uD800", "\uDFFF", "a\uD800", "\uDC00a",
                "\uDBFF\uDBFF", "\uDC00\uD800", "a".repeat(122) + "\uD800", "a".repeat(123) + "\uDC00",
                "a".repeat(121) + "\uDFFF\uD83D\uDE00"));
    }

    @Test
    void theEdgeCasesHaveTheByteLengthsTheyClaim() {
        assertThat(wellFormedEdgeCases().mapToInt(CloseRulesPropertiesTest::utf8).filter(n -> n == 123).count()).as("123-byte cases")
                .isEqualTo(5);
        assertThat(wellFormedEdgeCases().mapToInt(CloseRulesPropertiesTest::utf8).filter(n -> n == 124).count()).as("124-byte cases")
                .isEqualTo(5);
    }

    @Test
    void aTruncatedReasonIsAlwaysValidUtf8() {
        RandomCases.check(CASES, WELL_FORMED, CloseRulesPropertiesTest::truncatedIsValidUtf8);
    }

    @ParameterizedTest
    @MethodSource("wellFormedEdgeCases")
    void aTruncatedEdgeCaseIsValidUtf8(String reason) throws CharacterCodingException {
        truncatedIsValidUtf8(reason);
    }

    @Test
    void aTruncatedReasonIsAlwaysAtMost123Bytes() {
        RandomCases.check(CASES, WELL_FORMED, CloseRulesPropertiesTest::truncatedFits);
    }

    @ParameterizedTest
    @MethodSource("wellFormedEdgeCases")
    void aTruncatedEdgeCaseIsAtMost123Bytes(String reason) {
        truncatedFits(reason);
    }

    @Test
    void aTruncatedReasonIsAlwaysAPrefixOfTheInput() {
        RandomCases.check(CASES, WELL_FORMED, CloseRulesPropertiesTest::truncatedIsAPrefix);
    }

    @ParameterizedTest
    @MethodSource("wellFormedEdgeCases")
    void aTruncatedEdgeCaseIsAPrefixOfTheInput(String reason) {
        truncatedIsAPrefix(reason);
    }

    @Test
    void truncationNeverDropsACharacterThatWouldHaveFit() {
        RandomCases.check(CASES, WELL_FORMED, CloseRulesPropertiesTest::truncationKeepsAllThatFits);
    }

    @ParameterizedTest
    @MethodSource("wellFormedEdgeCases")
    void truncationOfAnEdgeCaseNeverDropsACharacterThatWouldHaveFit(String reason) {
        truncationKeepsAllThatFits(reason);
    }

    @Test
    void theComputedUtf8LengthIsTheEncodedLength() {
        RandomCases.check(CASES, WELL_FORMED, text -> assertThat(CloseRules.utf8Length(text)).isEqualTo(utf8(text)));
    }

    @Test
    void aSendableReasonIsValidUtf8OfAtMost123BytesWhateverTheInput() {
        RandomCases.check(CASES, ANY_UTF16, CloseRulesPropertiesTest::sendableIsValidAndFits);
    }

    @ParameterizedTest
    @MethodSource("anyEdgeCases")
    void aSendableEdgeCaseIsValidUtf8OfAtMost123Bytes(String reason) throws CharacterCodingException {
        sendableIsValidAndFits(reason);
    }

    @Test
    void aSendableReasonIsTheLongestFittingPrefixOfTheRepairedInput() {
        RandomCases.check(CASES, ANY_UTF16, CloseRulesPropertiesTest::sendableIsTheLongestRepairedPrefix);
    }

    @ParameterizedTest
    @MethodSource("anyEdgeCases")
    void aSendableEdgeCaseIsTheLongestFittingPrefixOfTheRepairedInput(String reason) {
        sendableIsTheLongestRepairedPrefix(reason);
    }

    @Test
    void aReplacementCharacterAppearsOnlyWhereALoneSurrogateWas() {
        RandomCases.check(CASES, ANY_UTF16, CloseRulesPropertiesTest::replacementOnlyForLoneSurrogates);
    }

    @ParameterizedTest
    @MethodSource("anyEdgeCases")
    void aReplacementCharacterInAnEdgeCaseAppearsOnlyWhereALoneSurrogateWas(String reason) {
        replacementOnlyForLoneSurrogates(reason);
    }

    private static void truncatedIsValidUtf8(String reason) throws CharacterCodingException {
        String truncated = CloseRules.truncateReason(reason);
        byte[] encoded = strictUtf8(truncated);
        assertThat(new String(encoded, StandardCharsets.UTF_8)).isEqualTo(truncated);
    }

    private static void truncatedFits(String reason) {
        assertThat(utf8(CloseRules.truncateReason(reason))).isLessThanOrEqualTo(CloseRules.MAX_REASON_BYTES);
    }

    private static void truncatedIsAPrefix(String reason) {
        assertThat(reason).startsWith(CloseRules.truncateReason(reason));
    }

    private static void truncationKeepsAllThatFits(String reason) {
        String truncated = CloseRules.truncateReason(reason);
        if (truncated.length() < reason.length()) {
            int next = reason.codePointAt(truncated.length());
            String withNext = truncated + new String(Character.toChars(next));
            assertThat(utf8(withNext)).isGreaterThan(CloseRules.MAX_REASON_BYTES);
        } else {
            assertThat(utf8(reason)).isLessThanOrEqualTo(CloseRules.MAX_REASON_BYTES);
        }
    }

    private static void sendableIsValidAndFits(String reason) throws CharacterCodingException {
        String sendable = CloseRules.sendableReason(reason);
        assertThat(strictUtf8(sendable).length).isLessThanOrEqualTo(CloseRules.MAX_REASON_BYTES);
        assertThat(CloseRules.closeReasonExceptionMessage(sendable)).isNull();
    }

    private static void sendableIsTheLongestRepairedPrefix(String reason) {
        String repaired = CloseRules.replaceLoneSurrogates(reason);
        String sendable = CloseRules.sendableReason(reason);
        assertThat(repaired).hasSize(reason.length()).startsWith(sendable);
        if (sendable.length() < repaired.length()) {
            int next = repaired.codePointAt(sendable.length());
            assertThat(utf8(sendable) + utf8(new String(Character.toChars(next))))
                    .isGreaterThan(CloseRules.MAX_REASON_BYTES);
        }
    }

    private static void replacementOnlyForLoneSurrogates(String reason) {
        String sendable = CloseRules.sendableReason(reason);
        for (int i = 0; i < sendable.length(); i++) {
            if (sendable.charAt(i) == CloseRules.REPLACEMENT_CHARACTER) {
                assertThat(reason.charAt(i)).satisfiesAnyOf(
                        c -> assertThat(c).isEqualTo(CloseRules.REPLACEMENT_CHARACTER),
                        c -> assertThat(Character.isSurrogate(c)).isTrue());
            }
        }
    }

    /** Encodes strictly: a lone surrogate fails instead of becoming '?'. */
    private static byte[] strictUtf8(String text) throws CharacterCodingException {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] result = new byte[bytes.remaining()];
        bytes.get(result);
        return result;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
