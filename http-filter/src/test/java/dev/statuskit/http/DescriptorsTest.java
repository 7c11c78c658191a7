package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable;
import dev.statuskit.http.servlet.StatusKitFilter;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;

/** The files that containers and module systems read: web-fragment.xml, the service file, module-info. */
class DescriptorsTest {

    @Nested
    class WebFragment {
        private static final String NS = "https://jakarta.ee/xml/ns/jakartaee";

        private Document fragment() throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            try (InputStream in = resource("META-INF/web-fragment.xml").openStream()) {
                return factory.newDocumentBuilder().parse(in);
            }
        }

        private List<String> texts(Document document, String element) {
            NodeList nodes = document.getElementsByTagNameNS(NS, element);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent().strip());
            }
            return texts;
        }

        @Test
        void isValidAgainstTheServlet61Schema() throws Exception {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                    XMLConstants.XML_NS_URI.equals(namespace) ? localXmlSchema(systemId) : null);
            URL xsd = jakarta.servlet.Filter.class.getResource("/jakarta/servlet/resources/web-fragment_6_1.xsd");
            Schema schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));

            try (InputStream in = resource("META-INF/web-fragment.xml").openStream()) {
                schema.newValidator().validate(new StreamSource(in));
            }
        }

        @Test
        void declaresTheFilterForRequestsAsyncDispatchesAndErrorsAndADefaultErrorPage() throws Exception {
            Document document = fragment();
            Element root = document.getDocumentElement();

            assertThat(root.getAttribute("version")).isEqualTo("6.1");
            assertThat(texts(document, "name")).containsExactly(StatusKitFilter.NAME);
            assertThat(texts(document, "filter-class")).containsExactly(StatusKitFilter.class.getName());
            assertThat(texts(document, "filter-name")).containsExactly(StatusKitFilter.NAME, StatusKitFilter.NAME);
            assertThat(texts(document, "async-supported")).containsExactly("true");
            assertThat(texts(document, "url-pattern")).containsExactly("/*");
            assertThat(texts(document, "dispatcher")).containsExactly("REQUEST", "ASYNC", "ERROR");
            assertThat(texts(document, "location")).containsExactly(StatusKitFilter.ERROR_PAGE);
            assertThat(texts(document, "error-code")).isEmpty();
            assertThat(texts(document, "exception-type")).isEmpty();
        }
    }

    @Test
    void namesTheJerseyAutoDiscoverableInItsServiceFile() throws Exception {
        String service;
        try (InputStream in = resource("META-INF/services/" + AutoDiscoverable.class.getName()).openStream()) {
            service = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }

        assertThat(service).isEqualTo(StatusKitAutoDiscoverable.class.getName());
    }

    @Nested
    class ModuleInfo {
        private ModuleDescriptor descriptor() throws Exception {
            return descriptorOf(StatusKitFilter.class);
        }

        @Test
        void exportsTheApiPackagesAndNotTheInternals() throws Exception {
            ModuleDescriptor module = descriptor();

            assertThat(module.name()).isEqualTo("dev.statuskit.http");
            assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                    "dev.statuskit.http", "dev.statuskit.http.servlet", "dev.statuskit.http.jaxrs");
            assertThat(module.packages()).contains("dev.statuskit.http.internal");
            assertThat(module.provides()).singleElement().satisfies(p -> {
                assertThat(p.service()).isEqualTo(AutoDiscoverable.class.getName());
                assertThat(p.providers()).containsExactly(StatusKitAutoDiscoverable.class.getName());
            });
        }

        @Test
        void requiresTheContainerApisOnlyStatically() throws Exception {
            Set<String> statics = descriptor().requires().stream()
                    .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                    .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
            Set<String> all = descriptor().requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());

            assertThat(statics).containsExactlyInAnyOrder("jakarta.servlet", "jakarta.ws.rs", "org.glassfish.jersey.core.common",
                    "jakarta.validation", "org.jspecify", "org.apiguardian.api"); // the annotations are needed at compile time only
            assertThat(all).contains("dev.statuskit.i18n", "java.xml").doesNotContain("owasp.encoder");   // escapes by itself
        }

        @Test
        void requiresTheModuleNamesTheJarsReallyDeclare() throws Exception {
            assertThat(descriptorOf(AutoDiscoverable.class).name()).isEqualTo("org.glassfish.jersey.core.common");
            assertThat(descriptorOf(jakarta.servlet.Filter.class).name()).isEqualTo("jakarta.servlet");
            assertThat(descriptorOf(jakarta.ws.rs.core.Feature.class).name()).isEqualTo("jakarta.ws.rs");
        }

        /**
         * The descriptor of the jar or directory a class comes from, as the module path would read it: a
         * module-info, versioned or not, wins over the manifest's Automatic-Module-Name.
         */
        private ModuleDescriptor descriptorOf(Class<?> type) throws Exception {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ModuleFinder.of(location).findAll().stream().map(ModuleReference::descriptor).findFirst().orElseThrow();
        }
    }

    private static URL resource(String name) {
        URL url = StatusKitFilter.class.getClassLoader().getResource(name);
        assertThat(url).as(name).isNotNull();
        return url;
    }

    private static LSInput localXmlSchema(String systemId) {
        return new LSInput() {
            @Override
            public java.io.Reader getCharacterStream() {
                return null;
            }

            @Override
            public void setCharacterStream(java.io.Reader characterStream) {
            }

            @Override
            public InputStream getByteStream() {
                return DescriptorsTest.class.getResourceAsStream("/schema/xml.xsd");
            }

            @Override
            public void setByteStream(InputStream byteStream) {
            }

            @Override
            public String getStringData() {
                return null;
            }

            @Override
            public void setStringData(String stringData) {
            }

            @Override
            public String getSystemId() {
                return systemId;
            }

            @Override
            public void setSystemId(String id) {
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public void setPublicId(String publicId) {
            }

            @Override
            public String getBaseURI() {
                return null;
            }

            @Override
            public void setBaseURI(String baseURI) {
            }

            @Override
            public String getEncoding() {
                return null;
            }

            @Override
            public void setEncoding(String encoding) {
            }

            @Override
            public boolean getCertifiedText() {
                return false;
            }

            @Override
            public void setCertifiedText(boolean certifiedText) {
            }
        };
    }
}
