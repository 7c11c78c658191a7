package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.internal.Json;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.testing.PublicApi;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What the module promises applications: the status of each exported type, and where null may appear. */
class PublicApiTest {

    @Test
    void exportsTheCoreAndBothAdaptersButNotTheInternals() {
        assertThat(PublicApi.exportedPackages(Problem.class))
                .containsExactly("dev.statuskit.http", "dev.statuskit.http.jaxrs", "dev.statuskit.http.servlet");
    }

    @Test
    void everyExportedTypeDeclaresItsApiStatusSinceZeroPointOne() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Class<?> type : PublicApi.types(Problem.class)) {
            API api = type.getAnnotation(API.class);
            declared.put(type.getName(), api == null ? "none" : api.status() + " since " + api.since());
        }

        assertThat(declared).containsExactly(
                Map.entry("dev.statuskit.http.ErrorAnswer", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ExceptionStatusPolicy", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ExceptionStatusPolicy$Builder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.MessageFormatter", "EXPERIMENTAL since 0.1"),
                Map.entry("dev.statuskit.http.Problem", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemBuilder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemConfiguration", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemCustomizer", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemException", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemFormat", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemListener", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemOptions", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemOptions$Builder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemOptions$SendErrorMessages", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemRenderer", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemRequest", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemResponder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemResponder$Builder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemType", "EXPERIMENTAL since 0.1"),
                Map.entry("dev.statuskit.http.ProblemType$Builder", "EXPERIMENTAL since 0.1"),
                Map.entry("dev.statuskit.http.RequestInfo", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.jaxrs.ServletContextFeature", "INTERNAL since 0.1"),
                Map.entry("dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable", "INTERNAL since 0.1"),
                Map.entry("dev.statuskit.http.jaxrs.StatusKitFeature", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.servlet.StatusKitFilter", "STABLE since 0.1"));
    }

    @Test
    void everyPackageOfTheModuleIsNullMarked() {
        for (Class<?> member : List.of(Problem.class, Json.class, StatusKitFilter.class, StatusKitFeature.class)) {
            Package p = member.getPackage();
            assertThat(p.isAnnotationPresent(NullMarked.class)).as(p.getName()).isTrue();
        }
    }

    @Test
    void marksTheOptionalMembersOfAProblemAsNullable() throws Exception {
        for (String name : List.of("title", "detail", "instance")) {
            assertThat(isNullable(Problem.class.getMethod(name).getAnnotatedReturnType())).as(name).isTrue();
        }
        for (String name : List.of("type", "toBuilder", "extensions")) {
            assertThat(isNullable(Problem.class.getMethod(name).getAnnotatedReturnType())).as(name).isFalse();
        }
        AnnotatedType extensions = Problem.class.getMethod("extensions").getAnnotatedReturnType();
        assertThat(isNullable(((AnnotatedParameterizedType) extensions).getAnnotatedActualTypeArguments()[1]))
                .as("an extension value may be null").isTrue();
    }

    @Test
    void marksTheBuilderSettersThatTakeNullForNone() throws Exception {
        assertThat(nullableParameter(ProblemBuilder.class.getMethod("type", URI.class), 0)).isTrue();
        assertThat(nullableParameter(ProblemBuilder.class.getMethod("title", String.class), 0)).isTrue();
        assertThat(nullableParameter(ProblemBuilder.class.getMethod("detail", String.class), 0)).isTrue();
        assertThat(nullableParameter(ProblemBuilder.class.getMethod("instance", URI.class), 0)).isTrue();
        assertThat(nullableParameter(ProblemBuilder.class.getMethod("with", String.class, Object.class), 0)).isFalse();
        assertThat(nullableParameter(ProblemBuilder.class.getMethod("with", String.class, Object.class), 1)).isTrue();
    }

    @Test
    void marksTheOtherNullableParametersAndResults() throws Exception {
        Method answer = ProblemResponder.class.getMethod("answer", int.class, Throwable.class, String.class,
                ProblemRequest.class);
        assertThat(List.of(nullableParameter(answer, 1), nullableParameter(answer, 2), nullableParameter(answer, 3)))
                .containsExactly(true, true, false);
        assertThat(nullableParameter(ProblemException.class.getConstructor(Problem.class, Throwable.class), 1)).isTrue();
        assertThat(nullableParameter(ProblemException.class.getConstructor(Problem.class, Throwable.class), 0)).isFalse();
        assertThat(isNullable(ProblemException.class.getMethod("getProblem").getAnnotatedReturnType()))
                .as("null after deserialization").isTrue();
        assertThat(nullableParameter(ExceptionStatusPolicy.class.getMethod("statusFor", Throwable.class, int.class), 0))
                .isTrue();
        assertThat(nullableParameter(ProblemFormat.class.getMethod("negotiate", String.class), 0)).isTrue();
        assertThat(nullableParameter(ProblemFormat.class.getMethod("fromQuery", String.class), 0)).isTrue();
        assertThat(nullableParameter(ProblemConfiguration.class.getMethod("flag", String.class, Object.class,
                boolean.class), 1)).isTrue();
        AnnotatedType source = ProblemConfiguration.class.getMethod("read", Function.class).getAnnotatedParameterTypes()[0];
        AnnotatedWildcardType value = (AnnotatedWildcardType) ((AnnotatedParameterizedType) source)
                .getAnnotatedActualTypeArguments()[1];
        assertThat(isNullable(value.getAnnotatedUpperBounds()[0]))
                .as("a configuration source answers null for an unset option").isTrue();
        for (Class<?> type : List.of(Problem.class, ExceptionStatusPolicy.class)) {
            assertThat(nullableParameter(type.getMethod("equals", Object.class), 0)).as(type.getName()).isTrue();
        }
    }

    private static boolean nullableParameter(Executable executable, int index) {
        return isNullable(executable.getAnnotatedParameterTypes()[index]);
    }

    private static boolean isNullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }
}
