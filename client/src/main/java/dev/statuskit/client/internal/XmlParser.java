package dev.statuskit.client.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code application/problem+xml} document (RFC 9457 Appendix B) with the JDK's StAX parser, into
 * the same shape {@link JsonParser} gives: the root's members in document order.
 *
 * <ul>
 *   <li>The root must be {@code <problem>} in the namespace {@value #NAMESPACE}. Child elements in that
 *       namespace are members; elements in any other namespace, attributes, comments and processing
 *       instructions are skipped.</li>
 *   <li>XML carries text only, so every leaf is a {@link String}: an element without child elements is its
 *       text, the empty string when it has none (the renderer writes null, {@code ""}, and an empty array or
 *       object all that way). An element whose children are all {@code <i>} is a List of their values; one
 *       with other children is a Map in document order. Text between child elements is ignored.</li>
 *   <li>A child element name that appears twice among the children of the root or of a Map is refused, as
 *       a duplicate JSON member name is.</li>
 *   <li>{@code <status>} is a {@link Long} when its text is 1 to 3 ASCII digits (surrounding whitespace
 *       allowed, as for {@code xsd:positiveInteger}); the text of {@code <type>} and {@code <instance>} is
 *       stripped of surrounding whitespace, as for {@code xsd:anyURI}.</li>
 *   <li>No DTD: a document with a {@code DOCTYPE} is refused, and external entities are never resolved.
 *       Elements nest at most {@value #MAX_DEPTH} levels, the root being the first.</li>
 * </ul>
 */
public final class XmlParser {
    /** The problem+xml namespace (RFC 9457 Appendix B). */
    public static final String NAMESPACE = "urn:ietf:rfc:7807";
    /** The deepest nesting of elements, the root included. */
    public static final int MAX_DEPTH = 32;

    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader reader;

    private XmlParser(XMLStreamReader reader) {
        this.reader = reader;
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own implementation, so that a StAX provider on the class path cannot weaken the settings.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /**
     * Parses a problem+xml document.
     *
     * @param in the document; its encoding is read from the bytes and the XML declaration (XML 1.0 §4.3.3)
     * @param length how many bytes of {@code in} to read
     * @throws InvalidDocumentException if it is not well-formed XML, has a DTD, nests too deep, repeats a member
     *     or has another root
     */
    public static Map<String, Object> parseProblem(byte[] in, int length) {
        XMLStreamReader reader;
        try {
            synchronized (FACTORY) { // a factory is not guaranteed to be thread-safe; creating a reader is cheap
                reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(in, 0, length));
            }
        } catch (XMLStreamException e) {
            throw translate(e);
        }
        try {
            return new XmlParser(reader).readDocument();
        } catch (XMLStreamException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            if (e instanceof InvalidDocumentException) {
                throw e;
            }
            // The JDK parser reports a few malformed inputs with unchecked exceptions.
            throw new InvalidDocumentException("Malformed XML: " + e.getMessage(), -1, null, e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing is left to release from a byte array
            }
        }
    }

    private Map<String, Object> readDocument() throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw error("A problem+xml document must not have a DOCTYPE: DTDs and entities are not read");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                break;
            }
        }
        if (!"problem".equals(reader.getLocalName()) || !NAMESPACE.equals(reader.getNamespaceURI())) {
            throw error("The root element must be <problem> in namespace " + NAMESPACE
                    + " (RFC 9457 Appendix B), found <" + reader.getLocalName() + "> in "
                    + describeNamespace(reader.getNamespaceURI()));
        }
        Object members = readContent(1, true);
        while (reader.hasNext()) {
            reader.next(); // the parser checks what follows the root is only comments and whitespace
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = members instanceof Map ? (Map<String, Object>) members : Map.of();
        return map;
    }

    /**
     * Reads the content of the element the reader is on, up to and including its end tag.
     *
     * @param root whether this is the root, whose children are always members, never list items
     */
    private Object readContent(int depth, boolean root) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<String> names = null;
        List<Object> values = null;
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (names == null) {
                        text.append(reader.getText());
                    }
                    break;
                case XMLStreamConstants.START_ELEMENT:
                    if (depth + 1 > MAX_DEPTH) {
                        throw error("Elements nest deeper than " + MAX_DEPTH + " levels");
                    }
                    if (!NAMESPACE.equals(reader.getNamespaceURI())) {
                        skipElement(depth + 1);
                        break;
                    }
                    if (names == null) {
                        names = new ArrayList<>();
                        values = new ArrayList<>();
                    }
                    String name = reader.getLocalName();
                    Location start = reader.getLocation();
                    Object value = readContent(depth + 1, false);
                    if (root && name.equals("status")) {
                        value = status(value);
                    } else if (root && (name.equals("type") || name.equals("instance")) && value instanceof String s) {
                        value = s.strip();
                    }
                    if (!name.equals("i") || root) {
                        validateUnique(names, name, start);
                    }
                    names.add(name);
                    values.add(value);
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (names == null) {
                        return root ? Map.of() : text.toString();
                    }
                    return structure(names, values, root);
                case XMLStreamConstants.DTD:
                    throw error("A problem+xml document must not have a DOCTYPE: DTDs and entities are not read");
                default:
                    break; // comments, processing instructions
            }
        }
    }

    private static Object status(Object value) {
        if (value instanceof String s) {
            String digits = s.strip();
            if (!digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Long.valueOf(digits);
            }
        }
        return value;
    }

    private static void validateUnique(List<String> names, String name, @Nullable Location at) {
        if (names.contains(name)) {
            throw error("Duplicate element <" + name + ">: a member appears once, and parsers disagree on which one"
                    + " counts", at, null);
        }
    }

    private static Object structure(List<String> names, List<Object> values, boolean root) {
        boolean list = !root;
        for (int i = 0; list && i < names.size(); i++) {
            list = names.get(i).equals("i");
        }
        if (list) {
            return Collections.unmodifiableList(values);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    private void skipElement(int depth) throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
                if (depth + open - 1 > MAX_DEPTH) {
                    throw error("Elements nest deeper than " + MAX_DEPTH + " levels");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    private static String describeNamespace(@Nullable String namespace) {
        return namespace == null || namespace.isEmpty() ? "no namespace" : "namespace " + namespace;
    }

    private InvalidDocumentException error(String rule) {
        return error(rule, reader.getLocation(), null);
    }

    private static InvalidDocumentException error(String rule, @Nullable Location at, @Nullable Throwable cause) {
        if (at == null) {
            return new InvalidDocumentException(rule, -1, null, cause);
        }
        return new InvalidDocumentException(rule, at.getCharacterOffset(),
                "line " + at.getLineNumber() + ", column " + at.getColumnNumber(), cause);
    }

    private static InvalidDocumentException translate(XMLStreamException e) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the location is stated separately.
        int marker = message.indexOf("Message: ");
        String rule = "Malformed XML: " + (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).strip();
        return error(rule, e.getLocation(), e);
    }
}
