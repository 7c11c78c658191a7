package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloseCodeRegistryTest {

    @Nested
    class AgainstTheIanaRegistry {
        @Test
        void holdsExactlyTheCodesOfTheIanaCsvInOrder() {
            List<Integer> expected = IanaCsv.rows("websocket-close-codes.csv").stream()
                    .map(r -> Integer.parseInt(r[0])).collect(Collectors.toList());
            assertThat(CloseCodeRegistry.registered()).extracting(CloseCode::code).containsExactlyElementsOf(expected);
        }

        @Test
        void everyEntryMatchesItsCsvRow() {
            for (String[] row : IanaCsv.rows("websocket-close-codes.csv")) {
                CloseCode code = CloseCodeRegistry.lookup(Integer.parseInt(row[0]));
                assertThat(code.meaning()).as("meaning of %s", row[0]).isEqualTo(row[1]);
                assertThat(code.reference()).as("reference of %s", row[0]).isEqualTo(row[2]);
                assertThat(code.isRegistered()).isTrue();
                CloseCodeCategory expected;
                switch (row[3]) {
                    case "never-sent": expected = CloseCodeCategory.NEVER_SENT; break;
                    case "reserved": expected = CloseCodeCategory.RESERVED; break;
                    case "first-come-first-served": expected = CloseCodeCategory.LIBRARY; break;
                    default: expected = CloseCodeCategory.STANDARD;
                }
                assertThat(code.category()).as("category of %s", row[0]).isEqualTo(expected);
            }
        }

        @Test
        void code1014IsBadGatewayAndMayBeSentNotReservedAsTheBriefSaid() {
            CloseCode badGateway = CloseCodeRegistry.lookup(1014);
            assertThat(badGateway.meaning()).isEqualTo("Bad Gateway");
            assertThat(badGateway.category()).isEqualTo(CloseCodeCategory.STANDARD);
            assertThat(badGateway.mayBeSent()).isTrue();
        }
    }

    @Nested
    class Ranges {
        @ParameterizedTest(name = "{0} is {1}, sendable: {2}")
        @CsvSource({
            "-1, INVALID, false",
            "0, INVALID, false",
            "999, INVALID, false",
            "1000, STANDARD, true",
            "1001, STANDARD, true",
            "1002, STANDARD, true",
            "1003, STANDARD, true",
            "1004, RESERVED, false",
            "1005, NEVER_SENT, false",
            "1006, NEVER_SENT, false",
            "1007, STANDARD, true",
            "1011, STANDARD, true",
            "1012, STANDARD, true",
            "1013, STANDARD, true",
            "1014, STANDARD, true",
            "1015, NEVER_SENT, false",
            "1016, RESERVED, false",
            "2000, RESERVED, false",
            "2999, RESERVED, false",
            "3000, LIBRARY, true",
            "3001, LIBRARY, true",
            "3999, LIBRARY, true",
            "4000, PRIVATE, true",
            "4999, PRIVATE, true",
            "5000, INVALID, false",
            "65535, INVALID, false",
            "2147483647, INVALID, false",
        })
        void everyIntHasACategoryAndASendability(int code, CloseCodeCategory category, boolean sendable) {
            CloseCode entry = CloseCodeRegistry.lookup(code);
            assertThat(entry.code()).isEqualTo(code);
            assertThat(entry.category()).isEqualTo(category);
            assertThat(CloseCodeRegistry.categoryOf(code)).isEqualTo(category);
            assertThat(entry.mayBeSent()).isEqualTo(sendable);
        }

        @Test
        void onlyTheNeverSentCodesAreReportedLocally() {
            for (int code = 900; code <= 5100; code++) {
                boolean local = code == 1005 || code == 1006 || code == 1015;
                assertThat(CloseCodeRegistry.lookup(code).isReportedLocally()).as("code %d", code).isEqualTo(local);
            }
        }

        @Test
        void unregisteredCodesAreNamedByTheirCategory() {
            assertThat(CloseCodeRegistry.lookup(3500).meaning()).isEqualTo("Library or framework close code");
            assertThat(CloseCodeRegistry.lookup(4001).meaning()).isEqualTo("Application close code");
            assertThat(CloseCodeRegistry.lookup(2000).meaning()).isEqualTo("Reserved close code");
            assertThat(CloseCodeRegistry.lookup(5000).meaning()).isEqualTo("Invalid close code");
            assertThat(CloseCodeRegistry.lookup(3500).isRegistered()).isFalse();
        }

        @Test
        void codesInRangeAreSharedInstancesSoLookupAllocatesNothing() {
            assertThat(CloseCodeRegistry.lookup(1013)).isSameAs(CloseCodeRegistry.lookup(1013));
            assertThat(CloseCodeRegistry.lookup(4321)).isSameAs(CloseCodeRegistry.lookup(4321));
        }

        @Test
        void categoryIdsAreTheMessageKeyIds() {
            assertThat(CloseCodeCategory.NEVER_SENT.id()).isEqualTo("never-sent");
            assertThat(CloseCodeCategory.LIBRARY.id()).isEqualTo("library");
        }
    }
}
