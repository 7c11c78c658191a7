package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.PublicApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** What the module promises applications: the exported packages and the status of each type in them. */
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
                Map.entry("dev.statuskit.i18n.LocalizedText", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.QValue", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.StatusCatalog", "STABLE since 0.1"),
                Map.entry("dev.statuskit.i18n.StatusCatalog$Builder", "STABLE since 0.1"));
    }
}
