package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.websocket.fixtures.Reasons;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CloseRulesTest {

    @Nested
    class Codes {
        @ParameterizedTest(name = "{0}: may be sent = {1}")
        @CsvSource({
                "-2147483648, false", "-1, false", "0, false", "999, false",
                "1000, true", "1001, true", "1002, true", "1003, true", "1004, false", "1005, false", "1006, false",
                "1007, true", "1008, true", "1009, true", "1010, true", "1011, true", "1012, true", "1013, true",
                "1014, true", "1015, false", "1016, false", "2000, false", "2999, false",
                "3000, true", "3999, true", "4000, true", "4999, true", "5000, false", "65535, false", "2147483647, false"})
        void aCodeMayBeSentExactlyWhenNoRuleForbidsIt(int code, boolean sendable) {
            assertThat(CloseCodeRegistry.lookup(code).mayBeSent()).isEqualTo(sendable);
            assertThat(CloseRules.closeCodeExceptionMessage(code) == null).isEqualTo(sendable);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "-1          | Close code -1 is outside the range 1000-4999 (RFC 6455 §7.4.2)",
                "0           | Close code 0 is outside the range 1000-4999 (RFC 6455 §7.4.2)",
                "999         | Close code 999 is outside the range 1000-4999 (RFC 6455 §7.4.2)",
                "1004        | Close code 1004 is reserved and must not be sent (RFC 6455 §7.4.1)",
                "1005        | Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)",
                "1006        | Close code 1006 must never be sent in a close frame (RFC 6455 §7.4.1)",
                "1015        | Close code 1015 must never be sent in a close frame (RFC 6455 §7.4.1)",
                "1016        | Close code 1016 is reserved for future protocol use and must not be sent (RFC 6455 §7.4.2)",
                "2000        | Close code 2000 is reserved for future protocol use and must not be sent (RFC 6455 §7.4.2)",
                "2999        | Close code 2999 is reserved for future protocol use and must not be sent (RFC 6455 §7.4.2)",
                "5000        | Close code 5000 is outside the range 1000-4999 (RFC 6455 §7.4.2)",
                "2147483647  | Close code 2147483647 is outside the range 1000-4999 (RFC 6455 §7.4.2)"})
        void aCodeThatMustNotBeSentIsExplainedByTheRuleAndTheValue(int code, String message) {
            assertThat(CloseRules.closeCodeExceptionMessage(code)).isEqualTo(message);
            assertThatIllegalArgumentException().isThrownBy(() -> CloseRules.validateCloseCode(code)).withMessage(message);
        }

        @ParameterizedTest(name = "{0} is valid")
        @ValueSource(ints = {1000, 1003, 1007, 1014, 3000, 4999})
        void validatingASendableCodeThrowsNothing(int code) {
            assertThatNoException().isThrownBy(() -> CloseRules.validateCloseCode(code));
        }
    }

    @Nested
    class ReasonsAndTruncation {
        @ParameterizedTest(name = "{0} bytes of {1}-byte characters: {2} bytes after truncation")
        @CsvSource({
                "0, 1, 0", "122, 1, 122", "123, 1, 123", "124, 1, 123", "400, 1, 123",
                "0, 2, 0", "122, 2, 122", "123, 2, 123", "124, 2, 122", "400, 2, 122",
                "0, 3, 0", "122, 3, 122", "123, 3, 123", "124, 3, 121", "400, 3, 121",
                "0, 4, 0", "122, 4, 122", "123, 4, 123", "124, 4, 120", "400, 4, 120"})
        void aReasonFitsUpTo123BytesAndLongerOnesAreCutBetweenCharacters(int bytes, int width, int truncatedBytes) {
            String reason = Reasons.of(bytes, width);
            assertThat(Reasons.utf8(reason)).isEqualTo(bytes);
            assertThat(CloseRules.utf8Length(reason)).isEqualTo(bytes);

            String truncated = CloseRules.truncateReason(reason);

            assertThat(Reasons.utf8(truncated)).isEqualTo(truncatedBytes);
            assertThat(reason).startsWith(truncated);
            assertThat(CloseRules.closeReasonExceptionMessage(truncated)).isNull();
            assertThat(CloseRules.loneSurrogateIndex(truncated)).isEqualTo(-1);
            if (bytes <= CloseRules.MAX_REASON_BYTES) {
                assertThat(CloseRules.closeReasonExceptionMessage(reason)).isNull();
                assertThat(truncated).isSameAs(reason);
            } else {
                assertThat(CloseRules.closeReasonExceptionMessage(reason))
                        .isEqualTo("Close reason is " + bytes + " UTF-8 bytes; at most 123 are allowed (RFC 6455 §5.5)");
            }
        }

        @Test
        void theRuleMessageForA180ByteReasonStatesTheSizeAndTheLimit() {
            assertThat(CloseRules.closeReasonExceptionMessage("x".repeat(180)))
                    .isEqualTo("Close reason is 180 UTF-8 bytes; at most 123 are allowed (RFC 6455 §5.5)");
            assertThatIllegalArgumentException().isThrownBy(() -> CloseRules.validateCloseReason("x".repeat(180)))
                    .withMessage("Close reason is 180 UTF-8 bytes; at most 123 are allowed (RFC 6455 §5.5)");
        }

        @Test
        void validatingAReasonThatCanBeSentThrowsNothing() {
            assertThatNoException().isThrownBy(() -> CloseRules.validateCloseReason("x".repeat(123)));
            assertThatNoException().isThrownBy(() -> CloseRules.validateCloseReason(null));
        }

        @ParameterizedTest(name = "\"{0}\" has a lone surrogate at {1}")
        @CsvSource({"abcd\uD800, 4", "abcd\uDC00x, 4", "\uDE00\uD83D, 0", "ok\uD83D\uDE00\uD800, 4"})
        void aReasonWithALoneSurrogateIsNotValidUtf8(String reason, int index) {
            assertThat(CloseRules.loneSurrogateIndex(reason)).isEqualTo(index);
            assertThat(CloseRules.closeReasonExceptionMessage(reason)).isEqualTo("Close reason contains a lone surrogate at index "
                    + index + " and is not valid UTF-8 (RFC 6455 §5.5.1)");
            assertThatIllegalArgumentException().isThrownBy(() -> CloseRules.validateCloseReason(reason))
                    .withMessage(CloseRules.closeReasonExceptionMessage(reason));
        }

        @Test
        void aSurrogatePairIsOneFourByteCharacterAndValid() {
            assertThat(CloseRules.loneSurrogateIndex("abcd\uD83D\uDE00")).isEqualTo(-1);
            assertThat(CloseRules.closeReasonExceptionMessage("abcd\uD83D\uDE00")).isNull();
            assertThat(CloseRules.utf8Length("abcd\uD83D\uDE00")).isEqualTo(8);
        }

        @Test
        void loneSurrogatesAreReplacedByTheReplacementCharacterAndPairsAreKept() {
            assertThat(CloseRules.replaceLoneSurrogates("a\uD800b\uD83D\uDE00c\uDC00"))
                    .isEqualTo("a\uFFFDb\uD83D\uDE00c\uFFFD");
            String clean = "no surrogate";
            assertThat(CloseRules.replaceLoneSurrogates(clean)).isSameAs(clean);
        }

        @Test
        void aReplacementThatFitsIsKeptAndOneThatDoesNotIsCut() {
            assertThat(CloseRules.sendableReason("a".repeat(120) + "\uD800")).isEqualTo("a".repeat(120) + "\uFFFD");
            assertThat(CloseRules.sendableReason("a".repeat(121) + "\uD800")).isEqualTo("a".repeat(121));
        }

        @Test
        void truncationNeverSplitsASurrogatePairEvenWhenItsFirstHalfWouldFit() {
            String reason = "a".repeat(121) + "\uD83D\uDE00";
            assertThat(CloseRules.truncateReason(reason)).isEqualTo("a".repeat(121));
        }

        @Test
        void aNullReasonIsAnEmptyOne() {
            assertThat(CloseRules.closeReasonExceptionMessage(null)).isNull();
            assertThat(CloseRules.truncateReason(null)).isEmpty();
            assertThat(CloseRules.sendableReason(null)).isEmpty();
        }
    }
}
