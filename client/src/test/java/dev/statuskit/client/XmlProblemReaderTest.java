package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.http.Problem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlProblemReaderTest {
    private static final ProblemReader XML = ProblemReader.xml();
    private static final String OPEN = "<problem xmlns=\"urn:ietf:rfc:7807\">";

    private static Problem read(String body, int httpStatus) {
        return XML.read((OPEN + body + "</problem>").getBytes(StandardCharsets.UTF_8), httpStatus);
    }

    private static ProblemParseException failure(String document) {
        return failure(document.getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemParseException failure(byte[] document) {
        try {
            XML.read(document, 400);
        } catch (ProblemParseException e) {
            return e;
        }
        throw new AssertionError("no ProblemParseException");
    }

    @Test
    void theRfc9457AppendixBExampleReadsBackMemberByMember() {
        Problem problem = XML.read(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<problem xmlns=\"urn:ietf:rfc:7807\">\n"
                + "  <type>https://example.com/probs/out-of-credit</type>\n"
                + "  <title>You do not have enough credit.</title>\n"
                + "  <detail>Your current balance is 30, but that costs 50.</detail>\n"
                + "  <instance>https://example.net/account/12345/msgs/abc</instance>\n"
                + "  <balance>30</balance>\n"
                + "  <accounts>\n"
                + "    <i>https://example.net/account/12345</i>\n"
                + "    <i>https://example.net/account/67890</i>\n"
                + "  </accounts>\n"
                + "</problem>").getBytes(StandardCharsets.UTF_8), 403);

        assertThat(problem.type()).isEqualTo(URI.create("https://example.com/probs/out-of-credit"));
        assertThat(problem.title()).isEqualTo("You do not have enough credit.");
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.detail()).isEqualTo("Your current balance is 30, but that costs 50.");
        assertThat(problem.instance()).isEqualTo(URI.create("https://example.net/account/12345/msgs/abc"));
        assertThat(problem.extensions()).containsExactly(Map.entry("balance", "30"),
                Map.entry("accounts", List.of("https://example.net/account/12345", "https://example.net/account/67890")));
    }

    @Test
    void leavesAreStringsListsAreIElementsAndOtherParentsAreMapsInOrder() {
        Problem problem = read("<errors><i><pointer>#/age</pointer><valid>false</valid><hint/></i></errors>"
                + "<matrix><i><i>1</i><i>2</i></i><i/></matrix><empty></empty>", 422);

        assertThat(problem.extensions().get("errors")).isEqualTo(List.of(Map.of("pointer", "#/age", "valid", "false",
                "hint", "")));
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) ((List<?>) problem.extensions().get("errors")).get(0);
        assertThat(error.keySet()).containsExactly("pointer", "valid", "hint");
        assertThat(problem.extensions().get("matrix")).isEqualTo(List.of(List.of("1", "2"), ""));
        assertThat(problem.extensions().get("empty")).isEqualTo("");
    }

    @Test
    void statusDigitsAreTheStatusAndSurroundingWhitespaceIsAllowed() {
        assertThat(read("<status> 404 </status>", 500).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<status>abc</status>", "<status>99</status>", "<status>600</status>",
        "<status>4040</status>", "<status>-404</status>", "<status><i>404</i></status>", "<status/>"})
    void aStatusThatIsNotAnIntegerFrom100To599GivesWayToTheHttpStatus(String status) {
        Problem problem = read(status, 418);

        assertThat(problem.status()).isEqualTo(418);
        assertThat(problem.extensions()).isEmpty();
    }

    @Test
    void typeAndInstanceAreStrippedAndAnInvalidOneIsIgnored() {
        Problem problem = read("<type>\n  https://example.com/p\n</type><instance>not a uri</instance>", 400);

        assertThat(problem.type()).isEqualTo(URI.create("https://example.com/p"));
        assertThat(problem.instance()).isNull();
    }

    @Test
    void aTitleWithChildElementsIsNotAStringSoItIsIgnored() {
        assertThat(read("<title><i>x</i></title>", 400).title()).isNull();
    }

    @Test
    void elementsOfOtherNamespacesAttributesCommentsAndProcessingInstructionsAreSkipped() {
        Problem problem = read("<title lang=\"en\">T</title><!-- c --><?pi x?>"
                + "<x:foreign xmlns:x=\"urn:other\"><x:deep><x:deeper/></x:deep></x:foreign><kept>yes</kept>", 400);

        assertThat(problem.title()).isEqualTo("T");
        assertThat(problem.extensions()).containsExactly(Map.entry("kept", "yes"));
    }

    @Test
    void cdataAndCharacterReferencesReadBack() {
        Problem problem = read("<detail><![CDATA[<b>&</b>]]> &amp; &#13;&#x1F600;</detail>", 400);

        assertThat(problem.detail()).isEqualTo("<b>&</b> & \r\uD83D\uDE00");
    }

    @Test
    void anotherEncodingDeclaredByTheDocumentIsRead() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + OPEN + "<title>caf\u00e9</title></problem>")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(XML.read(latin1, 400).title()).isEqualTo("caf\u00e9");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE problem [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + OPEN + "<detail>&b;</detail></problem>";

        ProblemParseException e = failure(laughs);

        assertThat(e.rule()).isEqualTo("A problem+xml document must not have a DOCTYPE: DTDs and entities are not read");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE problem [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<detail>&x;</detail></problem>";

        assertThat(failure(xxe).rule()).isEqualTo(
                "A problem+xml document must not have a DOCTYPE: DTDs and entities are not read");
    }

    @Test
    void aDoctypeWithoutEntitiesIsRefusedByItsOwnRule() {
        ProblemParseException e = failure("<!DOCTYPE problem SYSTEM \"http://example.com/p.dtd\">" + OPEN + "</problem>");

        assertThat(e.rule()).isEqualTo("A problem+xml document must not have a DOCTYPE: DTDs and entities are not read");
        assertThat(e.getMessage()).endsWith("at line 1, column 53");
    }

    @Test
    void anotherRootIsRefusedNamingWhatItFound() {
        assertThat(failure("<problem><title>x</title></problem>").rule()).isEqualTo("The root element must be <problem>"
                + " in namespace urn:ietf:rfc:7807 (RFC 9457 Appendix B), found <problem> in no namespace");
        assertThat(failure("<error xmlns=\"urn:ietf:rfc:7807\"/>").rule()).isEqualTo("The root element must be"
                + " <problem> in namespace urn:ietf:rfc:7807 (RFC 9457 Appendix B), found <error> in namespace"
                + " urn:ietf:rfc:7807");
    }

    /** StAX reports the position just after the start tag it has read: here after the second {@code <status>}. */
    @Test
    void aDuplicateMemberIsRefusedWithItsPosition() {
        ProblemParseException e = failure(OPEN + "<status>404</status><status>200</status></problem>");

        assertThat(e).hasMessage("Duplicate element <status>: a member appears once, and parsers disagree on which one"
                + " counts at line 1, column 64");
    }

    @Test
    void aDuplicateKeyInANestedMapIsRefusedButRepeatedIItemsAreAList() {
        assertThat(failure(OPEN + "<abc><k>1</k><k>2</k></abc></problem>").rule()).startsWith("Duplicate element <k>");
        assertThat(read("<abc><i>1</i><i>1</i></abc>", 400).extensions()).containsExactly(
                Map.entry("abc", List.of("1", "1")));
    }

    @Test
    void tenThousandNestedElementsStopAtLevel33() {
        String deep = OPEN + "<abc>" + "<i>".repeat(10_000) + "</i>".repeat(10_000) + "</abc></problem>";

        ProblemParseException e = failure(deep);

        assertThat(e.rule()).isEqualTo("Elements nest deeper than 32 levels");
        // After the start tag of level 33, the 31st <i>: 35 + 5 + 31 * 3 characters in.
        assertThat(e.getMessage()).isEqualTo("Elements nest deeper than 32 levels at line 1, column 134");
    }

    @Test
    void tenThousandNestedForeignElementsStopToo() {
        String deep = OPEN + "<x:a xmlns:x=\"urn:o\">" + "<x:a>".repeat(10_000) + "</x:a>".repeat(10_000) + "</x:a></problem>";

        assertThat(failure(deep).rule()).isEqualTo("Elements nest deeper than 32 levels");
    }

    @Test
    void thirtyTwoLevelsAreAllowed() {
        String deep = "<abc>" + "<i>".repeat(30) + "x" + "</i>".repeat(30) + "</abc>";

        assertThat(read(deep, 400).extensions()).containsKey("abc");
    }

    @Test
    void aDocumentOverOneMebibyteIsRefused() {
        byte[] big = new byte[ProblemReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');

        assertThat(failure(big).rule()).isEqualTo("A problem document of more than 1048576 bytes is not read (the limit)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<problem xmlns=\"urn:ietf:rfc:7807\">", "<problem xmlns=\"urn:ietf:rfc:7807\"><title>x",
        "<problem xmlns=\"urn:ietf:rfc:7807\"></problem><problem/>", "not xml", "<problem xmlns=\"urn:ietf:rfc:7807\"><a></b></problem>"})
    void malformedXmlIsAParseErrorStatingTheParsersReason(String document) {
        ProblemParseException e = failure(document);

        assertThat(e.rule()).startsWith("Malformed XML: ");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void invalidUtf8IsAParseError() {
        byte[] head = (OPEN + "<title>").getBytes(StandardCharsets.UTF_8);
        byte[] document = Arrays.copyOf(head, head.length + 20);
        document[head.length] = (byte) 0xFF;
        byte[] tail = "</title></problem>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(tail, 0, document, head.length + 1, tail.length);
        byte[] exact = Arrays.copyOf(document, head.length + 1 + tail.length);

        assertThat(failure(exact).rule()).startsWith("Malformed XML: ");
    }

    @Test
    void truncatingAValidDocumentAnywhereGivesAParseErrorNeverAnotherException() {
        byte[] bytes = (OPEN + "<title>未找到</title><status>404</status><abc><i>1</i></abc></problem>")
                .getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> XML.read(cut, 404)).as("cut at %d", length)
                    .isInstanceOf(ProblemParseException.class);
        }
        assertThat(XML.read(bytes, 500).status()).isEqualTo(404);
    }
}
