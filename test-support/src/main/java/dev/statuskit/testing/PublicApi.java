package dev.statuskit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a StatusKit module as its {@code module-info} declares it, read from the directory or jar
 * a class of the module was loaded from. Works whether the tests run on the class path or the module path.
 */
public final class PublicApi {
    private PublicApi() {
    }

    /** The packages that the module of {@code member} exports to every module (qualified exports left out), sorted. */
    public static Set<String> exportedPackages(Class<?> member) {
        return descriptor(reference(member)).exports().stream()
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Every type that code outside the module of {@code member} can name: the public top-level types of its
     * exported packages, and their public or protected nested types (inside types that are themselves
     * visible), sorted by name.
     */
    public static List<Class<?>> types(Class<?> member) {
        ModuleReference reference = reference(member);
        Set<String> exported = exportedPackages(member);
        try (ModuleReader reader = reference.open(); Stream<String> resources = reader.list()) {
            return resources
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
                    .map(name -> load(name, member.getClassLoader()))
                    .filter(PublicApi::isVisible)
                    .sorted(Comparator.comparing(Class::getName))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isVisible(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            int modifiers = t.getModifiers();
            boolean visible = t.getDeclaringClass() == null ? Modifier.isPublic(modifiers)
                    : Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
            if (!visible) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("listed but not loadable: " + name, e);
        }
    }

    private static ModuleReference reference(Class<?> member) {
        Path location;
        try {
            location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return ModuleFinder.of(location).findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no module at " + location));
    }

    private static ModuleDescriptor descriptor(ModuleReference reference) {
        if (reference.descriptor().isAutomatic()) {
            throw new IllegalStateException(reference.descriptor().name() + " has no module-info: its API is undeclared");
        }
        return reference.descriptor();
    }
}
