package dev.statuskit.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure StatusKit keeps, checked on the compiled classes of every module on each build:
 * <ul>
 *   <li>layers: i18n at the bottom (JDK only), the HTTP and WebSocket cores on it and independent of each
 *       other, the adapters (servlet, Jakarta REST) above the HTTP core, the demo on top of everything;</li>
 *   <li>no cycle between packages;</li>
 *   <li>a one-way boundary: an {@code internal} package serves its module's public packages and imports none
 *       of them, and no public signature names an internal type.</li>
 * </ul>
 */
class ArchitectureTest {
    static final String I18N = "dev.statuskit.i18n..";
    static final String HTTP = "dev.statuskit.http..";
    static final String WEBSOCKET = "dev.statuskit.websocket..";
    static final String DEMO = "dev.statuskit.demo..";
    /** The modules whose public packages are the API (each with its internal packages). */
    static final Set<String> MODULE_ROOTS = Set.of("dev.statuskit.i18n", "dev.statuskit.http", "dev.statuskit.websocket",
            "dev.statuskit.client");

    static JavaClasses production;

    /** Production classes only: no test classes, no test jars, no shaded copies of third-party code. */
    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.statuskit.i18n", "dev.statuskit.http", "dev.statuskit.websocket", "dev.statuskit.client",
                        "dev.statuskit.micrometer", "dev.statuskit.jetty", "dev.statuskit.tomcat", "dev.statuskit.grizzly",
                        "dev.statuskit.icu",
                        "dev.statuskit.demo");
    }

    @Test
    void theImportSeesEveryModuleAndNoTestClass() {
        for (String name : Stream.of("dev.statuskit.i18n.StatusCatalog", "dev.statuskit.http.ProblemResponder",
                "dev.statuskit.http.servlet.StatusKitFilter", "dev.statuskit.http.jaxrs.StatusKitFeature",
                "dev.statuskit.websocket.CloseRules", "dev.statuskit.client.ProblemReader",
                "dev.statuskit.micrometer.StatusKitMetrics", "dev.statuskit.jetty.StatusKitErrorHandler",
                "dev.statuskit.tomcat.StatusKitErrorReportValve", "dev.statuskit.grizzly.StatusKitErrorPageGenerator",
                "dev.statuskit.demo.DemoServer").toList()) {
            assertThat(production.contain(name)).as(name).isTrue();
        }
        assertThat(production.stream().map(JavaClass::getSimpleName)).noneMatch(n -> n.endsWith("Test"));
        assertThat(production.size()).isGreaterThan(80);
    }

    @Test
    void i18nDependsOnTheJdkAloneAndOnItsCompileTimeAnnotations() {
        classes().that().resideInAPackage(I18N)
                .should().onlyDependOnClassesThat().resideInAnyPackage(I18N, "java..", "org.jspecify..", "org.apiguardian..")
                .check(production);
    }

    @Test
    void theHttpAndWebSocketCoresDoNotKnowEachOtherNorTheDemo() {
        noClasses().that().resideInAPackage(HTTP).should().dependOnClassesThat().resideInAnyPackage(WEBSOCKET, DEMO)
                .check(production);
        noClasses().that().resideInAPackage(WEBSOCKET).should().dependOnClassesThat().resideInAnyPackage(HTTP, DEMO)
                .check(production);
    }

    @Test
    void theClientStandsOnTheModelAloneAndNoLibraryKnowsIt() {
        noClasses().that().resideInAPackage("dev.statuskit.client..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.statuskit.http.servlet..",
                        "dev.statuskit.http.jaxrs..", WEBSOCKET, DEMO)
                .check(production);
        noClasses().that().resideInAnyPackage(I18N, HTTP, WEBSOCKET)
                .should().dependOnClassesThat().resideInAPackage("dev.statuskit.client..")
                .check(production);
    }

    @Test
    void metricsHangOnThePublicHooksAndNoLibraryKnowsMicrometer() {
        noClasses().that().resideInAnyPackage(I18N, HTTP, WEBSOCKET, "dev.statuskit.client..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.statuskit.micrometer..", "io.micrometer..")
                .check(production);
        classes().that().resideInAPackage("dev.statuskit.micrometer..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.statuskit.micrometer..", "dev.statuskit.http",
                        "dev.statuskit.websocket", I18N, "io.micrometer..", "java..", "org.jspecify..", "org.apiguardian..")
                .because("the metrics module uses the public listener hooks, not the adapters or internals")
                .check(production);
    }

    @Test
    void eachContainerModuleStandsOnThePublicHttpApiAndItsOwnContainerAlone() {
        containerModule("dev.statuskit.jetty..", "org.eclipse.jetty..");
        // tomcat-embed-core carries the Servlet API its Request and Response implement
        containerModule("dev.statuskit.tomcat..", "org.apache.catalina..", "org.apache.coyote..", "org.apache.tomcat..",
                "jakarta.servlet..");
        containerModule("dev.statuskit.grizzly..", "org.glassfish.grizzly..");
    }

    static void containerModule(String module, String... container) {
        List<String> allowed = new ArrayList<>(List.of(module, "dev.statuskit.http", I18N, "java..", "org.jspecify..",
                "org.apiguardian.."));
        allowed.addAll(List.of(container));
        classes().that().resideInAPackage(module)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("a container module applies the responder's answers to its container's response, nothing more")
                .check(production);
        noClasses().that().resideInAnyPackage(I18N, HTTP, WEBSOCKET, "dev.statuskit.client..", "dev.statuskit.micrometer..")
                .should().dependOnClassesThat().resideInAPackage(module)
                .check(production);
    }

    @Test
    void theIcuFormatterPlugsIntoThePublicApiAndNoLibraryKnowsIcu() {
        classes().that().resideInAPackage("dev.statuskit.icu..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.statuskit.icu..", "dev.statuskit.http",
                        I18N, "com.ibm.icu..", "java..", "org.jspecify..", "org.apiguardian..")
                .check(production);
        noClasses().that().resideInAnyPackage(I18N, HTTP, WEBSOCKET, "dev.statuskit.client..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.statuskit.icu..", "com.ibm.icu..")
                .check(production);
    }

    @Test
    void theHttpCoreKnowsNoAdapterAndNoContainerApi() {
        noClasses().that().resideInAnyPackage("dev.statuskit.http", "dev.statuskit.http.internal")
                .should().dependOnClassesThat().resideInAnyPackage("dev.statuskit.http.servlet..", "dev.statuskit.http.jaxrs..",
                        "jakarta.servlet..", "jakarta.ws.rs..", "org.glassfish..", "org.eclipse.jetty..", "org.apache..")
                .check(production);
    }

    @Test
    void theAdaptersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("dev.statuskit.http.servlet..")
                .should().dependOnClassesThat().resideInAPackage("dev.statuskit.http.jaxrs..").check(production);
        noClasses().that().resideInAPackage("dev.statuskit.http.jaxrs..")
                .should().dependOnClassesThat().resideInAPackage("dev.statuskit.http.servlet..").check(production);
    }

    @Test
    void theJakartaRestAdapterNamesTheServletApiInOneClassAloneWhichItLoadsOnlyWhereThatApiIs() {
        noClasses().that().resideInAPackage("dev.statuskit.http.jaxrs..")
                .and().doNotHaveFullyQualifiedName("dev.statuskit.http.jaxrs.ServletContextFeature")
                .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..").check(production);
    }

    @Test
    void noPackageImportsFromAPackageThatImportsItBack() {
        slices().matching("dev.statuskit.(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void internalPackagesServeThePublicApiAndNeverTheOtherWayRound() {
        for (String root : MODULE_ROOTS) {
            noClasses().that().resideInAPackage(root + ".internal..")
                    .should().dependOnClassesThat(publicPackageOf(root))
                    .because("an internal package of " + root + " serves its public packages and imports none of them,"
                            + " constants included")
                    .allowEmptyShould(true) // a module may have no internal package at all
                    .check(production);
        }
    }

    /**
     * The same rule in the sources, where javac's inlining of constants hides from the class files a read of
     * a public constant (such as {@code ProblemResponder.LOGGER_NAME}) by internal code.
     */
    @Test
    void internalSourcesNameNoPublicPackageOfTheirModuleNotEvenForAConstant() throws IOException {
        Path root = Paths.get("..").toAbsolutePath().normalize();
        List<String> offences = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(root, 12)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
                    && f.getParent().getFileName().toString().equals("internal")).toList()) {
                String module = root.relativize(file).toString().split("/src/main/java/")[1];
                String modulePackage = module.substring(0, module.indexOf("/internal/")).replace('/', '.');
                Pattern publicUse = Pattern.compile(Pattern.quote(modulePackage) + "\\.(?!internal\\b)[A-Za-z]");
                read++;
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).startsWith("package ") && publicUse.matcher(lines.get(i)).find()) {
                        offences.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(read).as("internal source files found").isGreaterThan(5);
        assertThat(offences).as("internal sources naming a public package of their module").isEmpty();
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        ArchRule rule = classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
                .should(exposeNoInternalType());
        rule.check(production);
    }

    @Test
    void theDemoOverridesNoRequestHeader() {
        noClasses().that().resideInAPackage(DEMO)
                .should().beAssignableTo("jakarta.servlet.http.HttpServletRequestWrapper")
                .because("the demo chooses the language with a LocaleResolver, not by rewriting Accept-Language")
                .check(production);
    }

    /** Classes in a module's public packages: its root or a sub-package that is not internal. */
    static DescribedPredicate<JavaClass> publicPackageOf(String root) {
        return DescribedPredicate.describe("reside in a public package of " + root, c ->
                (c.getPackageName().equals(root) || c.getPackageName().startsWith(root + "."))
                        && !c.getPackageName().contains(".internal"));
    }

    /** Supertypes, public and protected fields, methods and constructors name no type of an internal package. */
    static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of an internal package in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream.concat(type.getRawInterfaces().stream(), type.getRawSuperclass().stream())
                        .filter(ArchitectureTest::isInternal)
                        .forEach(s -> events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " extends or implements internal " + s.getName())));
                for (JavaMember member : type.getMembers()) {
                    if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                            && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    Set<JavaClass> named = new HashSet<>();
                    if (member instanceof JavaField field) {
                        named.addAll(field.getType().getAllInvolvedRawTypes());
                    } else if (member instanceof JavaCodeUnit code) {
                        code.getParameterTypes().forEach(t -> named.addAll(t.getAllInvolvedRawTypes()));
                        named.addAll(code.getReturnType().getAllInvolvedRawTypes());
                        code.getThrowsClause().forEach(t -> named.addAll(t.getType().getAllInvolvedRawTypes()));
                    }
                    named.stream().filter(ArchitectureTest::isInternal).forEach(internal -> events.add(
                            SimpleConditionEvent.violated(member, member.getFullName() + " names internal " + internal.getName())));
                }
            }
        };
    }

    static boolean isInternal(JavaClass type) {
        return type.getPackageName().startsWith("dev.statuskit.") && type.getPackageName().contains(".internal");
    }
}
