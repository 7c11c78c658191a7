package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XmlRendererTest {
    private static final String NS = "urn:ietf:rfc:7807";
    private static final ProblemRenderer XML = ProblemRenderer.of(ProblemFormat.XML, StatusCatalog.standard());

    private static byte[] render(Problem problem) {
        return XML.render(problem, Locale.ENGLISH);
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void writesTheRfc9457AppendixBShape() throws Exception {
        Problem problem = Problem.builder().type(URI.create("https://example.com/probs/out-of-credit"))
                .title("You do not have enough credit.").status(403).detail("Your current balance is 30, but that costs 50.")
                .instance(URI.create("https://example.net/account/12345/msgs/abc")).with("balance", 30)
                .with("accounts", List.of("https://example.net/account/12345", "https://example.net/account/67890"))
                .build();

        byte[] bytes = render(problem);
        Element root = parse(bytes);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(root.getLocalName()).isEqualTo("problem");
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getPrefix()).isNull();
        assertThat(children(root)).extracting(Element::getLocalName)
                .containsExactly("type", "title", "status", "detail", "instance", "balance", "accounts");
        assertThat(children(root)).allSatisfy(e -> assertThat(e.getNamespaceURI()).isEqualTo(NS));
        assertThat(child(root, "type").getTextContent()).isEqualTo("https://example.com/probs/out-of-credit");
        assertThat(child(root, "status").getTextContent()).isEqualTo("403");
        assertThat(child(root, "detail").getTextContent()).isEqualTo("Your current balance is 30, but that costs 50.");
        assertThat(child(root, "balance").getTextContent()).isEqualTo("30");
        List<Element> items = children(child(root, "accounts"));
        assertThat(items).extracting(Element::getLocalName).containsExactly("i", "i");
        assertThat(items).extracting(Element::getTextContent)
                .containsExactly("https://example.net/account/12345", "https://example.net/account/67890");
    }

    @Test
    void writesNestedListsAndMapsAsElements() throws Exception {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("pointer", "#/age");
        error.put("valid", false);
        error.put("hint", null);
        Problem problem = Problem.builder().status(422).with("errors", List.of(error))
                .with("matrix", List.of(List.of(1, 2), List.of())).with("nothing", null).build();

        Element root = parse(render(problem));

        Element item = children(child(root, "errors")).get(0);
        assertThat(item.getLocalName()).isEqualTo("i");
        assertThat(children(item)).extracting(Element::getLocalName).containsExactly("pointer", "valid", "hint");
        assertThat(child(item, "pointer").getTextContent()).isEqualTo("#/age");
        assertThat(child(item, "valid").getTextContent()).isEqualTo("false");
        assertThat(child(item, "hint").hasChildNodes()).isFalse();
        List<Element> rows = children(child(root, "matrix"));
        assertThat(rows).hasSize(2);
        assertThat(children(rows.get(0))).extracting(Element::getTextContent).containsExactly("1", "2");
        assertThat(children(rows.get(1))).isEmpty();
        assertThat(child(root, "nothing").hasChildNodes()).isFalse();
    }

    @Test
    void escapesMarkupInText() throws Exception {
        String payload = "<script>alert('x')</script> & <![CDATA[ ]]>";

        byte[] bytes = render(Problem.builder().status(400).detail(payload).build());

        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("<script>");
        assertThat(child(parse(bytes), "detail").getTextContent()).isEqualTo(payload);
    }

    @Test
    void replacesCharactersXmlCannotCarrySoTheDocumentStaysWellFormed() throws Exception {
        String detail = "a\u0000b\u0001c\uD800d\uDC00e\uFFFEf\uD83D\uDE00g\tok";

        Element root = parse(render(Problem.builder().status(400).detail(detail).with("list", List.of(detail)).build()));

        String expected = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uD83D\uDE00g\tok";
        assertThat(child(root, "detail").getTextContent()).isEqualTo(expected);
        assertThat(children(child(root, "list")).get(0).getTextContent()).isEqualTo(expected);
    }

    @Test
    void carriesLocalizedTextInUtf8() throws Exception {
        Element root = parse(render(Problem.builder().status(404).title("未找到").detail("غير موجود").build()));

        assertThat(child(root, "title").getTextContent()).isEqualTo("未找到");
        assertThat(child(root, "detail").getTextContent()).isEqualTo("غير موجود");
    }
}
