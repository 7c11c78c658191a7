package dev.statuskit.it.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemConfiguration;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.icu.IcuMessageFormatter;
import dev.statuskit.it.servers.LoopbackJetty;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.eclipse.jetty.ee.webapp.WebAppClassLoader;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * StatusKit dropped into a web application the way its README says: {@code statuskit-http-filter} and
 * {@code statuskit-i18n} in {@code WEB-INF/lib}, and not a line of code or configuration. The container reads the
 * jar's {@code META-INF/web-fragment.xml}, which maps the filter and declares the default error page, and every
 * error of the application and of the container becomes a problem.
 *
 * <p>Each application is a directory as a WAR unpacks to: {@code WEB-INF/web.xml}, the application's servlets (the
 * class files of {@link WarServlets}) in {@code WEB-INF/classes}, StatusKit's two jars in {@code WEB-INF/lib}. It is
 * deployed as each container deploys a WAR: Jetty 12's {@code WebAppContext} with its default descriptor, and
 * Tomcat 11's {@code addWebapp}, whose {@code ContextConfig} reads {@code web.xml} and the fragments. Tomcat is told
 * not to scan the test's own class path, which a real server does not have, so that the fragment can only come
 * from {@code WEB-INF/lib}; the same application without the jars is the control, and answers with the container's
 * page. Grizzly reads no {@code web.xml}, so it is not here.
 */
class WebFragmentTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();
    private static final String PROBLEM_JSON = "application/problem+json";

    /**
     * The servlets of every application, as web.xml declares them: three plain ones, and Jersey's at {@code /api/*},
     * started with the application (after the filters, as the Servlet specification orders it) and with these
     * init-params of its own.
     */
    private static String servlets(String jerseyInitParams) {
        return servlet("send-error", "SendError", "/send-error/*") + servlet("throw", "Throw", "/throw")
                + servlet("ok", "Ok", "/ok") + """
                  <servlet>
                    <servlet-name>api</servlet-name>
                    <servlet-class>org.glassfish.jersey.servlet.ServletContainer</servlet-class>
                    <init-param>
                      <param-name>jersey.config.server.provider.classnames</param-name>
                      <param-value>dev.statuskit.it.deployment.WarServlets$Items</param-value>
                    </init-param>
                    <init-param>
                      <param-name>jersey.config.server.wadl.disableWadl</param-name>
                      <param-value>true</param-value>
                    </init-param>
                %s    <load-on-startup>1</load-on-startup>
                  </servlet>
                  <servlet-mapping>
                    <servlet-name>api</servlet-name>
                    <url-pattern>/api/*</url-pattern>
                  </servlet-mapping>
                """.formatted(jerseyInitParams);
    }

    /**
     * The classes of the servers the applications run on: the test's class path without StatusKit, whose classes and
     * services files a server does not have (Jersey's {@code ServiceLoader} would otherwise find StatusKit's feature
     * there, in an application without StatusKit). Jetty, Tomcat and Jersey stay, as a server that provides Jersey
     * (GlassFish, Payara) has it.
     */
    private static final ClassLoader SERVER = new WithoutStatusKit(WebFragmentTest.class.getClassLoader(),
            List.of(StatusKitFilter.class, StatusCatalog.class, IcuMessageFormatter.class));

    /** A servlet's 404, a servlet's 503 and a Jakarta REST resource's 404. */
    private static final List<String> PAGES = List.of("app/no/such/page", "app/send-error/503", "app/api/items/42");

    /** The Jakarta REST resource's 404 through the application Jersey's initializer finds by its {@code @ApplicationPath}. */
    private static final String REST_PAGE = "app/rest/items/42";

    /** Context-params: French by default, and an {@code instance} in every problem. */
    private static final String FRENCH_WITH_INSTANCE = contextParam(ProblemConfiguration.DEFAULT_LOCALE, "fr")
            + contextParam(ProblemConfiguration.INSTANCE, "true");

    /** Jersey's {@code ServletContainer} as a filter at {@code /jf/*}, declared in {@code web.xml}, with the resource. */
    private static final String JERSEY_FILTER = """
              <filter>
                <filter-name>jersey</filter-name>
                <filter-class>org.glassfish.jersey.servlet.ServletContainer</filter-class>
            """ + param("init-param", "jersey.config.server.provider.classnames", "dev.statuskit.it.deployment.WarServlets$Items")
            + param("init-param", "jersey.config.servlet.filter.contextPath", "/jf") + """
              </filter>
              <filter-mapping>
                <filter-name>jersey</filter-name>
                <url-pattern>/jf/*</url-pattern>
              </filter-mapping>
            """;

    /** The application with StatusKit and a plain web.xml, started once per container. */
    private static final Map<Container, Deployed> PLAIN = new EnumMap<>(Container.class);

    @TempDir
    static Path shared;

    @TempDir
    Path own;

    enum Container {
        JETTY, TOMCAT
    }

    /** A started application: where it answers, and how it stops. */
    private record Deployed(URI base, AutoCloseable server) {
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (Deployed deployed : PLAIN.values()) {
            deployed.server().close();
        }
        PLAIN.clear();
    }

    // --- with the fragment ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Container.class)
    void theContainersOwn404IsAProblemInTheRequestsLanguage(Container container) {
        HttpResponse<String> response = get(plain(container), "app/no/such/page", PROBLEM_JSON, "de");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.contentType(response)).isEqualTo(PROBLEM_JSON);
        assertThat(HttpCalls.header(response, "Content-Language")).isEqualTo("de");
        LocalizedText expected = CATALOG.http(404, Locale.GERMAN);
        JsonObject problem = HttpCalls.json(response);
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo(expected.title());
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).isEqualTo(expected.description());
        assertThat(problem.containsKey(ProblemResponder.ERROR_ID)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void aServletsSendErrorIsAProblemAndA5xxCarriesAnErrorId(Container container) {
        HttpResponse<String> response = get(plain(container), "app/send-error/503", PROBLEM_JSON, "ja");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(HttpCalls.contentType(response)).isEqualTo(PROBLEM_JSON);
        JsonObject problem = HttpCalls.json(response);
        assertThat(problem.getString("title")).isEqualTo(CATALOG.http(503, Locale.JAPANESE).title());
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString(ProblemResponder.ERROR_ID)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void anExceptionIsA500ThatShowsNothingOfItsMessageAndIsLoggedUnderItsErrorId(Container container) {
        Deployed deployed = plain(container);
        HttpResponse<String> response;
        List<LogRecord> errors;
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            response = get(deployed, "app/throw", PROBLEM_JSON, "fr");
            errors = log.at(Level.SEVERE);
        }

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(HttpCalls.contentType(response)).isEqualTo(PROBLEM_JSON);
        assertThat(response.body()).doesNotContain("s3cr3t").doesNotContain("IllegalStateException");
        JsonObject problem = HttpCalls.json(response);
        assertThat(problem.getString("title")).isEqualTo(CATALOG.http(500, Locale.FRENCH).title());
        String errorId = problem.getString(ProblemResponder.ERROR_ID);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains(errorId);
            assertThat(error.getThrown()).isInstanceOf(IllegalStateException.class).hasMessageContaining(WarServlets.SECRET);
        });
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void aBrowserGetsThePageInItsLanguageRightToLeftForArabic(Container container) {
        HttpResponse<String> response = get(plain(container), "app/no/such/page", "text/html,*/*;q=0.8", "ar");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.contentType(response)).isEqualTo("text/html;charset=utf-8");
        assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains(CATALOG.http(404, Locale.forLanguageTag("ar")).title());
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void aJakartaRestErrorIsAProblemFromTheFeatureJerseyDiscovers(Container container) {
        HttpResponse<String> response = get(plain(container), "app/api/items/42", PROBLEM_JSON, "uk");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.contentType(response)).isEqualTo(PROBLEM_JSON);
        assertThat(HttpCalls.header(response, "Content-Language")).isEqualTo("uk");
        assertThat(HttpCalls.json(response).getString("title")).isEqualTo(CATALOG.http(404, Locale.forLanguageTag("uk")).title());
        assertThat(get(plain(container), "app/api/items/2", "application/json", "uk").body()).isEqualTo("{\"id\":2}");
    }

    /**
     * Most applications declare Jakarta REST by an {@code Application} with {@code @ApplicationPath} and no servlet in
     * {@code web.xml}: Jersey's initializer adds the servlet, and builds its configuration from the context as it does
     * for a servlet in {@code web.xml}. Tomcat runs the initializers of the server's Jersey, as GlassFish does; Jetty runs
     * initializers only with its annotations module, which this class path does not hold.
     */
    @Test
    void onTomcatAnApplicationPathApplicationsErrorIsAProblemWithTheContextParamsOptions() {
        Deployed deployed = deploy(Container.TOMCAT, own, FRENCH_WITH_INSTANCE, false, true);
        try {
            assertFrenchNotFoundWithInstance(deployed, REST_PAGE);
            assertThat(get(deployed, "app/rest/items/2", "application/json", "fr").body()).isEqualTo("{\"id\":2}");
        } finally {
            stop(deployed);
        }
    }

    /**
     * Jersey's {@code ServletContainer} declared in {@code web.xml} as a filter: it comes before the fragment's filter, so
     * it starts, and configures the feature, before StatusKit's filter shares its responder. The feature looks that up
     * at its first answer instead.
     */
    @ParameterizedTest
    @EnumSource(Container.class)
    void jerseyDeclaredAsAFilterAheadOfStatusKitsAnswersWithTheContextParamsOptionsToo(Container container) {
        Deployed deployed = deploy(container, own, FRENCH_WITH_INSTANCE + JERSEY_FILTER, false, true);
        try {
            assertFrenchNotFoundWithInstance(deployed, "app/jf/items/42");
            assertThat(get(deployed, "app/jf/items/2", "application/json", "fr").body()).isEqualTo("{\"id\":2}");
        } finally {
            stop(deployed);
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void jerseyDeclaredAsAFilterAheadOfStatusKitsIsTurnedOffByTheContextParamToo(Container container) {
        Deployed deployed = deploy(container, own, contextParam(StatusKitFilter.ENABLED, "false") + JERSEY_FILTER, false, true);
        try {
            HttpResponse<String> response = HttpCalls.send(deployed.base(), "GET", "app/jf/items/42", "Accept", PROBLEM_JSON);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(HttpCalls.contentType(response)).isNotEqualTo(PROBLEM_JSON);
            assertThat(response.body()).doesNotContain("\"status\"");
        } finally {
            stop(deployed);
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void aSuccessPassesThroughUntouched(Container container) {
        HttpResponse<String> response = get(plain(container), "app/ok", "*/*", "de");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HttpCalls.contentType(response)).isEqualTo("text/plain;charset=utf-8");
        assertThat(response.body()).isEqualTo("ok");
        assertThat(HttpCalls.header(response, "Content-Language")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void theErrorPageLocationRequestedDirectlyIsA404Problem(Container container) {
        HttpResponse<String> response = get(plain(container), "app" + StatusKitFilter.ERROR_PAGE, PROBLEM_JSON, "de");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.contentType(response)).isEqualTo(PROBLEM_JSON);
        assertThat(HttpCalls.json(response).getString("title")).isEqualTo(CATALOG.http(404, Locale.GERMAN).title());
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void contextParamsConfigureTheFragmentsFilter(Container container) {
        Deployed deployed = deploy(container, own, FRENCH_WITH_INSTANCE, false, true);
        try {
            // The filter reads them, and so does the feature, from the properties Jersey's servlet makes of them
            for (String path : List.of("app/send-error/409", "app/api/items/42")) {
                HttpResponse<String> response = HttpCalls.send(deployed.base(), "GET", path, "Accept", PROBLEM_JSON);
                int status = path.endsWith("409") ? 409 : 404;

                assertThat(response.statusCode()).as(path).isEqualTo(status);
                assertThat(HttpCalls.header(response, "Content-Language")).as(path).isEqualTo("fr");
                JsonObject problem = HttpCalls.json(response);
                assertThat(problem.getString("title")).as(path).isEqualTo(CATALOG.http(status, Locale.FRENCH).title());
                assertThat(problem.getString("instance")).as(path).isEqualTo("/" + path);
            }
        } finally {
            stop(deployed);
        }
    }

    /**
     * A StatusKit extension outside the application (here the test's class path holds {@code statuskit-icu}, as a
     * server's shared library might) implements another copy of StatusKit's interfaces. The application's copy skips
     * it with a WARNING that says so, formats with the JDK, and starts.
     */
    @ParameterizedTest
    @EnumSource(Container.class)
    void anExtensionOutsideTheApplicationIsSkippedWithAWarningAndTheApplicationStarts(Container container) {
        assertThat(WebFragmentTest.class.getClassLoader().getResource("META-INF/services/dev.statuskit.http.MessageFormatter"))
                .as("statuskit-icu's provider on the test's class path").isNotNull();
        Deployed deployed;
        List<LogRecord> warnings;
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            deployed = deploy(container, WebFragmentTest.class.getClassLoader(), own, "", "", false, true);
            warnings = log.at(Level.WARNING);
        }
        try {
            assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning.getMessage())
                    .contains("dev.statuskit.icu.IcuMessageFormatter not a subtype")
                    .contains("put it next to statuskit-http-filter"));
            assertThat(get(deployed, "app/send-error/404", PROBLEM_JSON, "de").statusCode()).isEqualTo(404);
        } finally {
            stop(deployed);
        }
    }

    // --- without it ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Container.class)
    void withoutTheJarsTheSameApplicationAnswersWithTheContainersPage(Container container) {
        // Only Tomcat runs Jersey's initializer here (see the @ApplicationPath case), which makes the application at /rest
        assertContainersOwnPage(deploy(container, own, "", false, false),
                container == Container.TOMCAT ? Stream.concat(PAGES.stream(), Stream.of(REST_PAGE)).toList() : PAGES);
    }

    /**
     * {@code statuskit.enabled=false} turns the filter off, but the fragment still declares its default error page, and
     * no descriptor can take an error page back: the container dispatches its errors there, and the idle filter
     * answers with the bare status, so that the error page's own absence does not turn every error into a 404.
     */
    @ParameterizedTest
    @EnumSource(Container.class)
    void theContextParamEnabledFalseTurnsItOffAndErrorsKeepTheirStatusWithNoBody(Container container) {
        Deployed deployed = deploy(container, own, contextParam(StatusKitFilter.ENABLED, "false"), false, true);
        try {
            for (String path : List.of("app/no/such/page", "app/send-error/503", "app/throw", "app/api/items/42")) {
                HttpResponse<String> response = get(deployed, path, PROBLEM_JSON + ", text/html;q=0.5", "de");
                assertThat(response.statusCode()).as(path).isEqualTo(path.endsWith("503") ? 503 : path.endsWith("throw") ? 500 : 404);
                assertThat(HttpCalls.contentType(response)).as(path).isNull();
                assertThat(response.body()).as(path).isEmpty();
            }
            assertThat(get(deployed, "app/ok", "*/*", "de").body()).isEqualTo("ok");
        } finally {
            stop(deployed);
        }
    }

    /**
     * An {@code <absolute-ordering>} without {@code statuskit}, or {@code metadata-complete="true"}, leaves the fragment
     * out; Jersey still discovers the feature in WEB-INF/lib, so Jakarta REST errors stay problems (docs/http.md).
     */
    @ParameterizedTest(name = "{0} {1} metadata-complete={2}")
    @CsvSource({"JETTY, <absolute-ordering/>, false", "TOMCAT, <absolute-ordering/>, false", "JETTY, '', true", "TOMCAT, '', true"})
    void leavingTheFragmentOutBringsTheContainersPagesBackButNotForWhatJerseyAnswers(Container container, String webXml,
            boolean metadataComplete) {
        Deployed deployed = deploy(container, own, webXml, metadataComplete, true);
        try {
            assertProblem(deployed, "app/api/items/42", 404);
        } catch (AssertionError e) {
            stop(deployed);
            throw e;
        }
        assertContainersOwnPage(deployed, List.of("app/no/such/page", "app/send-error/503"));
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void theFragmentLeftOutAndJerseysDiscoveryTurnedOffLeaveNothingOfStatusKit(Container container) {
        assertContainersOwnPage(deploy(container, SERVER, own, "<absolute-ordering/>\n",
                param("init-param", StatusKitAutoDiscoverable.AUTODISCOVERY, "false"), false, true));
    }

    private static void assertProblem(Deployed deployed, String path, int status) {
        HttpResponse<String> response = get(deployed, path, PROBLEM_JSON + ", text/html;q=0.5", "de");
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(HttpCalls.contentType(response)).as(path).isEqualTo(PROBLEM_JSON);
        assertThat(HttpCalls.json(response).getString("title")).as(path).isEqualTo(CATALOG.http(status, Locale.GERMAN).title());
    }

    /** That the path is a 404 problem with the options of {@link #FRENCH_WITH_INSTANCE}. */
    private static void assertFrenchNotFoundWithInstance(Deployed deployed, String path) {
        HttpResponse<String> response = HttpCalls.send(deployed.base(), "GET", path, "Accept", PROBLEM_JSON);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.contentType(response)).isEqualTo(PROBLEM_JSON);
        assertThat(HttpCalls.header(response, "Content-Language")).isEqualTo("fr");
        assertThat(HttpCalls.json(response).getString("title")).isEqualTo(CATALOG.http(404, Locale.FRENCH).title());
        assertThat(HttpCalls.json(response).getString("instance")).isEqualTo("/" + path);
    }

    /**
     * The container's own 404 and 503, and a success, from an application StatusKit does not answer for. The request
     * prefers a problem and takes HTML too: StatusKit would answer with the problem, Jetty and Tomcat answer with
     * their HTML page (Jetty sends no body at all for an Accept that names no type it writes).
     */
    private static void assertContainersOwnPage(Deployed deployed) {
        assertContainersOwnPage(deployed, PAGES);
    }

    /** As {@link #assertContainersOwnPage(Deployed)}, for these paths, and stops the application. */
    private static void assertContainersOwnPage(Deployed deployed, List<String> paths) {
        try {
            for (String path : paths) {
                HttpResponse<String> response = get(deployed, path, PROBLEM_JSON + ", text/html;q=0.5", "de");
                int status = path.endsWith("503") ? 503 : 404;
                assertThat(response.statusCode()).as(path).isEqualTo(status);
                assertThat(HttpCalls.contentType(response)).as(path).startsWith("text/html");
                assertThat(response.body()).as(path).contains(Integer.toString(status))
                        .doesNotContain(CATALOG.http(status, Locale.GERMAN).title());
            }
            assertThat(get(deployed, "app/ok", "*/*", "de").body()).isEqualTo("ok");
        } finally {
            stop(deployed);
        }
    }

    // --- the applications ----------------------------------------------------------------------------------

    private static Deployed plain(Container container) {
        synchronized (PLAIN) {
            return PLAIN.computeIfAbsent(container, c -> deploy(c, shared.resolve(c.name()), "", false, true));
        }
    }

    private static HttpResponse<String> get(Deployed deployed, String path, String accept, String language) {
        return HttpCalls.send(deployed.base(), "GET", path, "Accept", accept, "Accept-Language", language);
    }

    private static void stop(Deployed deployed) {
        try {
            deployed.server().close();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping " + deployed.base(), e);
        }
    }

    /**
     * Writes the application into this directory and deploys it at {@code /app}.
     *
     * @param webXml what web.xml declares besides its servlets
     * @param metadataComplete web.xml's {@code metadata-complete}
     * @param withStatusKit whether StatusKit's jars are in {@code WEB-INF/lib}
     */
    private static Deployed deploy(Container container, Path dir, String webXml, boolean metadataComplete, boolean withStatusKit) {
        return deploy(container, SERVER, dir, webXml, "", metadataComplete, withStatusKit);
    }

    /**
     * As {@link #deploy(Container, Path, String, boolean, boolean)}, on a server whose own classes are these, with
     * these init-params of Jersey's servlet.
     */
    private static Deployed deploy(Container container, ClassLoader server, Path dir, String webXml, String jerseyInitParams,
            boolean metadataComplete, boolean withStatusKit) {
        try {
            Path deployment = Files.createTempDirectory(Files.createDirectories(dir), "deployment");
            Path webapp = deployment.resolve("webapp");
            write(webapp, webXml + servlets(jerseyInitParams), metadataComplete, withStatusKit);
            return container == Container.JETTY ? jetty(webapp, server) : tomcat(webapp, server, deployment.resolve("tomcat"));
        } catch (Exception e) {
            throw new IllegalStateException("Deploying on " + container, e);
        }
    }

    private static Deployed jetty(Path webapp, ClassLoader server) throws Exception {
        WebAppContext context = new WebAppContext(webapp.toString(), "/app");
        context.setClassLoader(new WebAppClassLoader(server, context));
        // The test's class path holds Tomcat's and Jersey's initializers as well, which no Jetty installation has
        context.setAttribute("org.eclipse.jetty.containerInitializerExclusionPattern",
                "org\\.apache\\.tomcat\\..*|org\\.glassfish\\.jersey\\..*");
        context.setThrowUnavailableOnStartupException(true);
        LoopbackJetty jetty = LoopbackJetty.start(context);
        return new Deployed(jetty.base(), jetty::stop);
    }

    private static Deployed tomcat(Path webapp, ClassLoader server, Path baseDir) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createDirectories(baseDir).toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        // conf/web.xml's default servlet, as a Tomcat installation has it, without its JSP servlet (no Jasper here)
        tomcat.setAddDefaultWebXmlToWebapp(false);
        Context context = tomcat.addWebapp("/app", webapp.toString());
        context.setParentClassLoader(server);
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
        // The test's class path holds Jetty's initializers as well, which no Tomcat installation has; Jersey's stays, as in
        // a server that provides Jersey
        context.setContainerSciFilter("org\\.eclipse\\.jetty\\.");
        Tomcat.addServlet(context, "default", new DefaultServlet()).addMapping("/");
        tomcat.start();
        if (!context.getState().isAvailable()) {
            tomcat.stop();
            tomcat.destroy();
            throw new IllegalStateException("The application did not start: " + context.getState());
        }
        return new Deployed(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"), () -> {
            tomcat.stop();
            tomcat.destroy();
        });
    }

    private static void write(Path webapp, String webXml, boolean metadataComplete, boolean withStatusKit) throws IOException {
        Path webInf = Files.createDirectories(webapp.resolve("WEB-INF"));
        Files.writeString(webInf.resolve("web.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_1.xsd"
                         version="6.1" metadata-complete="%s">
                %s</web-app>
                """.formatted(metadataComplete, webXml), StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(webInf.resolve("classes/dev/statuskit/it/deployment"));
        for (String name : List.of("WarServlets", "WarServlets$SendError", "WarServlets$Throw", "WarServlets$Ok", "WarServlets$Items",
                "WarServlets$Rest")) {
            try (InputStream in = Objects.requireNonNull(WarServlets.class.getResourceAsStream(name + ".class"), name)) {
                Files.copy(in, classes.resolve(name + ".class"));
            }
        }
        Path lib = Files.createDirectories(webInf.resolve("lib"));
        if (withStatusKit) {
            jar(StatusKitFilter.class, lib.resolve("statuskit-http-filter.jar"));
            jar(StatusCatalog.class, lib.resolve("statuskit-i18n.jar"));
        }
    }

    /**
     * The module of this class as a jar: the jar the build made, or, when the class comes from a directory of
     * classes (an IDE's build), a jar of that directory.
     */
    private static void jar(Class<?> of, Path to) throws IOException {
        Path from;
        try {
            from = Path.of(of.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isRegularFile(from)) {
            Files.copy(from, to);
            return;
        }
        try (OutputStream file = Files.newOutputStream(to); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> files = Files.walk(from)) {
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                jar.putNextEntry(new JarEntry(from.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, jar);
                jar.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A class loader that hides StatusKit from its parent's: its classes, and every resource of its modules' jars. */
    private static final class WithoutStatusKit extends ClassLoader {
        /** The paths of the hidden jars or class folders, as a resource's URL holds them. */
        private final List<String> hidden;

        static {
            registerAsParallelCapable();
        }

        /** Hides the {@code dev.statuskit} classes, and the resources of the jars (or class folders) of these. */
        WithoutStatusKit(ClassLoader parent, List<Class<?>> modules) {
            super(parent);
            this.hidden = modules.stream().map(c -> c.getProtectionDomain().getCodeSource().getLocation().getPath()).toList();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("dev.statuskit.")) {
                throw new ClassNotFoundException(name + ": the server has no StatusKit");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            try {
                Enumeration<URL> found = getResources(name);
                return found.hasMoreElements() ? found.nextElement() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> kept = Collections.list(getParent().getResources(name)).stream()
                    .filter(url -> hidden.stream().noneMatch(module -> url.toString().contains(module)))
                    .toList();
            return Collections.enumeration(kept);
        }
    }

    private static String servlet(String name, String nested, String pattern) {
        return """
                  <servlet>
                    <servlet-name>%s</servlet-name>
                    <servlet-class>dev.statuskit.it.deployment.WarServlets$%s</servlet-class>
                  </servlet>
                  <servlet-mapping>
                    <servlet-name>%s</servlet-name>
                    <url-pattern>%s</url-pattern>
                  </servlet-mapping>
                """.formatted(name, nested, name, pattern);
    }

    private static String contextParam(String name, String value) {
        return param("context-param", name, value);
    }

    /** A {@code <context-param>} or an {@code <init-param>}. */
    private static String param(String element, String name, String value) {
        return """
                  <%s>
                    <param-name>%s</param-name>
                    <param-value>%s</param-value>
                  </%s>
                """.formatted(element, name, value, element);
    }
}
