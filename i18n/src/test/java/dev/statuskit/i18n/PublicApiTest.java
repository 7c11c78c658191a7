package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.cli.Cli;
import dev.statuskit.i18n.internal.HeaderTokens;
import dev.statuskit.testing.PublicApi;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What the module promises applications: the status of each exported type, and where null may appear. */
class PublicApiTest {

    @Test
    void exportsOnlyTheApiPackageToEveryone() {
        assertThat(PublicApi.exportedPackages(StatusCatalog.class)).containsExactly("dev.statuskit.i18n");
    }

    @Test
    void everyExportedTypeDeclaresItsApiStatusSinceZeroPointOne() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Class<?> type : PublicApi.types(StatusCatalog.class)) {
            API api = type.getAnnotation(API.class);
            declared.put(type.getName(), api == null ? "none" : api.status() + " since " + api.since());
        }

        assertThat(declared).containsExactly(
                Map.entry("dev.statuskit.i18n.CloseCode", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.CloseCodeCategory", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.CloseCodeRegistry", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.HttpRegistration", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.HttpStatus", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.HttpStatusClass", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.HttpStatusRegistry", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.LocaleNegotiator", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.LocaleRequest", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.LocaleResolver", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.LocalizedMessage", "EXPERIMENTAL since 0.1"),
                Map.entry("dev.statuskit.i18n.LocalizedText", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.QValue", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.StatusCatalog", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.StatusCatalog$Builder", "STABLE since 0.1"));
    }

    @Test
    void everyPackageOfTheModuleIsNullMarked() {
        for (Class<?> member : List.of(StatusCatalog.class, HeaderTokens.class, Cli.class)) {
            Package p = member.getPackage();
            assertThat(p.isAnnotationPresent(NullMarked.class)).as(p.getName()).isTrue();
        }
    }

    @Test
    void marksTheParametersAndResultsThatMayBeNull() throws Exception {
        assertThat(parameterIsNullable(LocaleRequest.class.getMethod("of", Map.class, String.class), 1)).isTrue();
        assertThat(parameterIsNullable(LocaleRequest.class.getMethod("of", Map.class, String.class), 0)).isFalse();
        assertThat(parameterIsNullable(StatusCatalog.class.getMethod("negotiate", String.class), 0)).isTrue();
        assertThat(parameterIsNullable(LocaleNegotiator.class.getMethod("match", String.class), 0)).isTrue();
        assertThat(parameterIsNullable(HttpStatusRegistry.class.getMethod("byPhrase", String.class), 0)).isTrue();
        assertThat(parameterIsNullable(StatusCatalog.class.getMethod("isRightToLeft", java.util.Locale.class), 0)).isTrue();
        Method message = HttpStatusRegistry.class.getMethod("statusCodeExceptionMessage", int.class);
        assertThat(message.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
        Method lookup = HttpStatusRegistry.class.getMethod("lookup", int.class);
        assertThat(lookup.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isFalse();
        assertThat(lookup.getReturnType()).isEqualTo(Optional.class);
        for (Class<?> type : List.of(CloseCode.class, HttpStatus.class, LocalizedText.class)) {
            assertThat(parameterIsNullable(type.getMethod("equals", Object.class), 0)).as(type.getName()).isTrue();
        }
    }

    private static boolean parameterIsNullable(Method method, int index) {
        return method.getAnnotatedParameterTypes()[index].isAnnotationPresent(Nullable.class);
    }
}
