package dev.statuskit.http;

import dev.statuskit.http.internal.Members;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Jakarta Validation {@link ConstraintViolationException} as a problem: 400 with an {@code errors} member when
 * a parameter or the body is invalid, 500 (and nothing of the violations) when a return value is.
 *
 * <p>The only class of StatusKit that touches {@code jakarta.validation}: the responder asks {@link #isViolation}
 * first, which reads class names only, so that the API need not be on the class path.
 */
final class ValidationErrors {
    /** The most entries the {@code errors} member lists; the count of the rest is {@value #OMITTED}. */
    static final int MAX_ERRORS = 100;
    /** The extension member with the list of violations. */
    static final String ERRORS = "errors";
    /** The extension member with the number of violations beyond {@value #MAX_ERRORS}. */
    static final String OMITTED = "omittedErrors";

    private static final String EXCEPTION_CLASS = "jakarta.validation.ConstraintViolationException";
    /** Jakarta REST's parameter annotations: each names its parameter in {@code value()}. */
    private static final Set<String> PARAMETER_ANNOTATIONS = Set.of("jakarta.ws.rs.QueryParam",
            "jakarta.ws.rs.PathParam", "jakarta.ws.rs.HeaderParam", "jakarta.ws.rs.FormParam",
            "jakarta.ws.rs.CookieParam", "jakarta.ws.rs.MatrixParam");
    /** Jakarta REST's annotations of parameters that are no entity, and name nothing of the request themselves. */
    private static final Set<String> NO_ENTITY_ANNOTATIONS = Set.of("jakarta.ws.rs.BeanParam",
            "jakarta.ws.rs.core.Context", "jakarta.ws.rs.container.Suspended");

    private ValidationErrors() {
    }

    /** Whether the exception is a {@code ConstraintViolationException}, judged by class name alone. */
    static boolean isViolation(@Nullable Throwable error) {
        for (Class<?> type = error != null ? error.getClass() : null; type != null; type = type.getSuperclass()) {
            if (type.getName().equals(EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a violation is of a return value: the server's fault, a 500. Call only if {@link #isViolation}. */
    static boolean ofReturnValue(Throwable error) {
        Set<ConstraintViolation<?>> violations = ((ConstraintViolationException) error).getConstraintViolations();
        if (violations == null) {
            return false;
        }
        for (ConstraintViolation<?> violation : violations) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The {@code errors} entries of a 400, at most {@value #MAX_ERRORS}, sorted by where they point and then by
     * message: each a map with {@code detail} (the constraint's message in the locale) and {@code pointer} (a JSON
     * Pointer into the body, as a URI fragment: {@code #/items/0/name}) or {@code parameter} (the name of a query,
     * path, header, form, cookie or matrix parameter). Call only if {@link #isViolation}.
     *
     * @param rejectedValues whether a message may show the rejected value
     * @return the entries, and the number of violations beyond them
     */
    static Entries entries(Throwable error, Locale locale, boolean rejectedValues) {
        Set<ConstraintViolation<?>> violations = ((ConstraintViolationException) error).getConstraintViolations();
        List<Map<String, Object>> all = new ArrayList<>();
        if (violations != null) {
            for (ConstraintViolation<?> violation : violations) {
                // Immutable from the start (Members' own Map), so that the problem takes it without a copy.
                String detail = message(violation, locale, rejectedValues);
                String parameter = parameterName(violation);
                String pointer = parameter == null ? pointer(violation) : null;
                all.add(parameter != null ? Members.stringMap("detail", detail, "parameter", parameter)
                        : pointer != null ? Members.stringMap("detail", detail, "pointer", pointer)
                        : Members.stringMap("detail", detail));
            }
        }
        all.sort(Comparator.comparing((Map<String, Object> e) -> String.valueOf(e.getOrDefault("parameter", "")))
                .thenComparing(e -> String.valueOf(e.getOrDefault("pointer", "")))
                .thenComparing(e -> String.valueOf(e.get("detail"))));
        int kept = Math.min(all.size(), MAX_ERRORS);
        return new Entries(List.copyOf(all.subList(0, kept)), all.size() - kept);
    }

    /** The entries of {@code errors} and how many were left out. */
    record Entries(List<Map<String, Object>> errors, int omitted) {
    }

    /**
     * The constraint's message in the locale, interpolated again by the default Validator's interpolator. Unless
     * rejected values may be shown, the interpolation sees no value, and a template that names
     * {@code validatedValue} is replaced by the constraint's default template.
     */
    private static String message(ConstraintViolation<?> violation, Locale locale, boolean rejectedValues) {
        MessageInterpolator interpolator = Interpolator.INSTANCE;
        String template = violation.getMessageTemplate();
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        if (!rejectedValues && template != null && template.contains("validatedValue")) {
            template = defaultTemplate(descriptor);
        }
        if (interpolator == null || template == null || descriptor == null) {
            return rejectedValues || !echoes(violation.getMessage(), violation.getInvalidValue())
                    ? violation.getMessage() : "";
        }
        try {
            return interpolate(interpolator, template, descriptor, rejectedValues ? violation.getInvalidValue() : null, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    /**
     * A message template interpolated for a constraint in the locale, as an {@code errors} entry shows it: a default
     * template the provider leaves in English there is replaced by {@link ConstraintMessages StatusKit's
     * translation} first.
     *
     * @param value the value the message may show; null for none
     */
    static String interpolate(MessageInterpolator interpolator, String template, ConstraintDescriptor<?> descriptor,
            @Nullable Object value, Locale locale) {
        String translated = ConstraintMessages.template(template, locale, applicationLoader()).orElse(template);
        return interpolator.interpolate(translated, new Context(descriptor, value), locale);
    }

    /** The default provider's message interpolator; null if no provider can build one. */
    static @Nullable MessageInterpolator interpolator() {
        return Interpolator.INSTANCE;
    }

    /** The loader of the application's {@code ValidationMessages}: the thread's context loader, as the provider's. */
    private static ClassLoader applicationLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ValidationErrors.class.getClassLoader();
    }

    /** Whether the message shows the value; true if the value's {@code toString} throws, which hides the message. */
    private static boolean echoes(@Nullable String message, @Nullable Object value) {
        if (message == null || value == null) {
            return false;
        }
        String shown;
        try {
            shown = value.toString();
        } catch (RuntimeException broken) {
            return true;
        }
        return shown != null && !shown.isEmpty() && message.contains(shown);
    }

    private static @Nullable String defaultTemplate(@Nullable ConstraintDescriptor<?> descriptor) {
        if (descriptor == null) {
            return null;
        }
        try {
            Object template = descriptor.getAnnotation().annotationType().getMethod("message").getDefaultValue();
            return template instanceof String s && !s.contains("validatedValue") ? s : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * The name of the request parameter a violation is about: that of a Jakarta REST parameter annotation on the
     * validated method's parameter, read by name so that Jakarta REST need not be present; null for the body.
     */
    private static @Nullable String parameterName(ConstraintViolation<?> violation) {
        Executable executable = null;
        int index = -1;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD && violation.getRootBeanClass() != null) {
                Path.MethodNode method = node.as(Path.MethodNode.class);
                executable = method(violation.getRootBeanClass(), method.getName(), method.getParameterTypes());
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
                break;
            }
        }
        if (executable == null || index < 0 || index >= executable.getParameterCount()) {
            return null;
        }
        for (Annotation annotation : parameterAnnotations(executable, index)) {
            if (PARAMETER_ANNOTATIONS.contains(annotation.annotationType().getName())) {
                try {
                    return String.valueOf(annotation.annotationType().getMethod("value").invoke(annotation));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The annotations of a parameter, from the method or, failing that, the method it overrides or implements. */
    private static List<Annotation> parameterAnnotations(Executable executable, int index) {
        List<Annotation> found = new ArrayList<>(List.of(executable.getParameterAnnotations()[index]));
        if (!found.isEmpty() || !(executable instanceof Method method)) {
            return found;
        }
        for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            List<Class<?>> candidates = new ArrayList<>(List.of(type.getInterfaces()));
            candidates.add(0, type);
            for (Class<?> candidate : candidates) {
                try {
                    Method declared = candidate.getDeclaredMethod(method.getName(), method.getParameterTypes());
                    Annotation[] annotations = declared.getParameterAnnotations()[index];
                    if (annotations.length > 0) {
                        return List.of(annotations);
                    }
                } catch (NoSuchMethodException e) {
                    // not declared here
                }
            }
        }
        return found;
    }

    private static @Nullable Method method(Class<?> type, String name, List<Class<?>> parameterTypes) {
        Class<?>[] types = parameterTypes.toArray(new Class<?>[0]);
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, types);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        try {
            return type.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * A JSON Pointer (RFC 6901) into the body as a URI fragment: the property path after the method and parameter
     * nodes, {@code #/name}, {@code #/items/0/name}, {@code #/tags/key}; {@code #} for the body as a whole. Null
     * for a parameter of a method that is no body (a cross-parameter constraint, say).
     */
    private static @Nullable String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder("#");
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE -> {
                    continue;
                }
                case CROSS_PARAMETER -> {
                    return null;
                }
                case PARAMETER -> {
                    if (isNoEntity(violation, node)) {
                        return null;
                    }
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static boolean isNoEntity(ConstraintViolation<?> violation, Path.Node parameter) {
        Executable executable = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD && violation.getRootBeanClass() != null) {
                Path.MethodNode method = node.as(Path.MethodNode.class);
                executable = method(violation.getRootBeanClass(), method.getName(), method.getParameterTypes());
                break;
            }
        }
        int index = parameter.as(Path.ParameterNode.class).getParameterIndex();
        if (executable == null || index >= executable.getParameterCount()) {
            return false;
        }
        for (Annotation annotation : parameterAnnotations(executable, index)) {
            if (NO_ENTITY_ANNOTATIONS.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /** RFC 6901 escaping ({@code ~0}, {@code ~1}), then percent-encoding for a URI fragment (RFC 3986 §3.5). */
    private static String escape(String token) {
        String escaped = token.replace("~", "~0").replace("/", "~1");
        StringBuilder out = new StringBuilder(escaped.length());
        for (byte b : escaped.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
            if (plain) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The default provider's message interpolator, built once; null if no provider can build one. */
    private static final class Interpolator {
        static final @Nullable MessageInterpolator INSTANCE = create();

        private static @Nullable MessageInterpolator create() {
            try {
                return Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
            } catch (RuntimeException | LinkageError e) {
                System.getLogger(ProblemResponder.LOGGER_NAME).log(System.Logger.Level.WARNING, "No Jakarta Validation"
                        + " provider builds a message interpolator; validation errors keep the Validator's messages", e);
                return null;
            }
        }
    }

    /** What the interpolator sees of a violation: its constraint, and the value only if it may be shown. */
    private record Context(ConstraintDescriptor<?> descriptor, @Nullable Object value) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return descriptor;
        }

        @Override
        public @Nullable Object getValidatedValue() {
            return value;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new jakarta.validation.ValidationException("Cannot unwrap to " + type.getName());
        }
    }
}
