package dev.statuskit.http;

import dev.statuskit.i18n.internal.Utf16;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code application/problem+xml} as RFC 9457 Appendix B defines it: root {@code <problem>} in the
 * namespace {@value #NAMESPACE}, one child element per member, array items as {@code <i>} elements and
 * Map entries as elements named by their keys. A null value is an empty element.
 *
 * <p>Characters XML 1.0 cannot carry (most controls below U+0020, lone surrogates, U+FFFE, U+FFFF) are
 * written as U+FFFD.
 */
final class LegacyXmlRenderer implements ProblemRenderer {
    /** The problem+xml namespace. */
    public static final String NAMESPACE = "urn:ietf:rfc:7807";
    /** The shared instance; it holds no state. */
    public static final LegacyXmlRenderer INSTANCE = new LegacyXmlRenderer();

    // The JDK's own factory, so a StAX implementation on the class path cannot change the output.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private LegacyXmlRenderer() {
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.XML;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "problem", NAMESPACE);
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "type", problem.type().toString());
            element(xml, "title", problem.title());
            element(xml, "status", Integer.toString(problem.status()));
            element(xml, "detail", problem.detail());
            element(xml, "instance", problem.instance() != null ? problem.instance().toString() : null);
            for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
                xml.writeStartElement("", member.getKey(), NAMESPACE);
                writeValue(xml, member.getValue());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write problem+xml", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text != null) {
            xml.writeStartElement("", name, NAMESPACE);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        }
    }

    private static void writeValue(XMLStreamWriter xml, Object value) throws XMLStreamException {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                xml.writeStartElement("", "i", NAMESPACE);
                writeValue(xml, item);
                xml.writeEndElement();
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                xml.writeStartElement("", (String) entry.getKey(), NAMESPACE);
                writeValue(xml, entry.getValue());
                xml.writeEndElement();
            }
        } else if (value != null) {
            xml.writeCharacters(clean(value.toString()));
        }
    }

    /** The string with every character XML 1.0 cannot carry replaced by U+FFFD; the same string if none. */
    static String clean(String s) {
        StringBuilder cleaned = null;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            boolean pair = Utf16.isPairAt(s, i);
            boolean valid = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
            if (!valid && cleaned == null) {
                cleaned = new StringBuilder(length).append(s, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(valid ? c : '\uFFFD');
                if (pair) {
                    cleaned.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return cleaned != null ? cleaned.toString() : s;
    }
}
