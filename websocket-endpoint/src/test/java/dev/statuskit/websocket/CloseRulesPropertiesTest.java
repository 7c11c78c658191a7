package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class CloseRulesPropertiesTest {

    /** Well-formed text of 1-, 2-, 3- and 4-byte characters, up to about 800 bytes. */
    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0x20, 0x7F)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0x7FF)),
                Tuple.of(2, Arbitraries.integers().between(0x800, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(200).map(CloseRulesPropertiesTest::text);
    }

    /** Any UTF-16 text: well-formed characters mixed with lone high and low surrogates. */
    @Provide
    Arbitrary<String> anyUtf16() {
        Arbitrary<String> unit = Arbitraries.oneOf(
                wellFormed().map(s -> s.isEmpty() ? "x" : s.substring(0, s.offsetByCodePoints(0, 1))),
                Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf));
        return unit.list().ofMaxSize(200).map(parts -> String.join("", parts));
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
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

    @Property
    void aTruncatedReasonIsAlwaysValidUtf8(@ForAll("wellFormed") String reason) throws CharacterCodingException {
        String truncated = CloseRules.truncateReason(reason);
        byte[] encoded = strictUtf8(truncated);
        assertThat(new String(encoded, StandardCharsets.UTF_8)).isEqualTo(truncated);
    }

    @Property
    void aTruncatedReasonIsAlwaysAtMost123Bytes(@ForAll("wellFormed") String reason) {
        assertThat(utf8(CloseRules.truncateReason(reason))).isLessThanOrEqualTo(CloseRules.MAX_REASON_BYTES);
    }

    @Property
    void aTruncatedReasonIsAlwaysAPrefixOfTheInput(@ForAll("wellFormed") String reason) {
        assertThat(reason).startsWith(CloseRules.truncateReason(reason));
    }

    @Property
    void truncationNeverDropsACharacterThatWouldHaveFit(@ForAll("wellFormed") String reason) {
        String truncated = CloseRules.truncateReason(reason);
        if (truncated.length() < reason.length()) {
            int next = reason.codePointAt(truncated.length());
            String withNext = truncated + new String(Character.toChars(next));
            assertThat(utf8(withNext)).isGreaterThan(CloseRules.MAX_REASON_BYTES);
        } else {
            assertThat(utf8(reason)).isLessThanOrEqualTo(CloseRules.MAX_REASON_BYTES);
        }
    }

    @Property
    void theComputedUtf8LengthIsTheEncodedLength(@ForAll("wellFormed") String text) {
        assertThat(CloseRules.utf8Length(text)).isEqualTo(utf8(text));
    }

    @Property
    void aSendableReasonIsValidUtf8OfAtMost123BytesWhateverTheInput(@ForAll("anyUtf16") String reason)
            throws CharacterCodingException {
        String sendable = CloseRules.sendableReason(reason);
        assertThat(strictUtf8(sendable).length).isLessThanOrEqualTo(CloseRules.MAX_REASON_BYTES);
        assertThat(CloseRules.checkReason(sendable)).isNull();
    }

    @Property
    void aSendableReasonIsTheLongestFittingPrefixOfTheRepairedInput(@ForAll("anyUtf16") String reason) {
        String repaired = CloseRules.replaceLoneSurrogates(reason);
        String sendable = CloseRules.sendableReason(reason);
        assertThat(repaired).hasSize(reason.length()).startsWith(sendable);
        if (sendable.length() < repaired.length()) {
            int next = repaired.codePointAt(sendable.length());
            assertThat(utf8(sendable) + utf8(new String(Character.toChars(next))))
                    .isGreaterThan(CloseRules.MAX_REASON_BYTES);
        }
    }

    @Property
    void aReplacementCharacterAppearsOnlyWhereALoneSurrogateWas(@ForAll("anyUtf16") String reason) {
        String sendable = CloseRules.sendableReason(reason);
        for (int i = 0; i < sendable.length(); i++) {
            if (sendable.charAt(i) == CloseRules.REPLACEMENT_CHARACTER) {
                assertThat(reason.charAt(i)).satisfiesAnyOf(
                        c -> assertThat(c).isEqualTo(CloseRules.REPLACEMENT_CHARACTER),
                        c -> assertThat(Character.isSurrogate(c)).isTrue());
            }
        }
    }
}
