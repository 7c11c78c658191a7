package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.Scripts;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.hibernate.validator.constraints.CodePointLength;
import org.hibernate.validator.constraints.CreditCardNumber;
import org.hibernate.validator.constraints.Currency;
import org.hibernate.validator.constraints.EAN;
import org.hibernate.validator.constraints.ISBN;
import org.hibernate.validator.constraints.IpAddress;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Normalized;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.constraints.UUID;
import org.hibernate.validator.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * StatusKit's translations of the standard constraint messages, through Hibernate Validator's own interpolator: with
 * them every shipped language reads every such message in that language, they hold only what Hibernate Validator
 * leaves in English, and the application's own {@code ValidationMessages} still wins.
 */
class ConstraintMessagesTest {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final MessageInterpolator INTERPOLATOR = ValidationErrors.interpolator();

    /** One field per translated constraint, with the attributes its message shows. */
    static final class Constrained {
        @AssertFalse boolean assertFalse;
        @AssertTrue boolean assertTrue;
        @DecimalMax("9.5") BigDecimal decimalMax;
        @DecimalMin(value = "0.5", inclusive = false) BigDecimal decimalMin;
        @Digits(integer = 3, fraction = 2) BigDecimal digits;
        @Email String email;
        @Future LocalDate future;
        @FutureOrPresent LocalDate futureOrPresent;
        @Max(100) int max;
        @Min(7) int min;
        @Negative int negative;
        @NegativeOrZero int negativeOrZero;
        @NotBlank String notBlank;
        @NotEmpty String notEmpty;
        @NotNull String notNull;
        @Null String isNull;
        @Past LocalDate past;
        @PastOrPresent LocalDate pastOrPresent;
        @Pattern(regexp = "[a-z]+") String pattern;
        @Positive int positive;
        @PositiveOrZero int positiveOrZero;
        @Size(min = 2, max = 14) String size;
        @CreditCardNumber String creditCardNumber;
        @Currency("EUR") String currency;
        @EAN String ean;
        @IpAddress String ipAddress;
        @ISBN String isbn;
        @Length(min = 3, max = 12) String length;
        @CodePointLength(min = 4, max = 11) String codePointLength;
        @Normalized String normalized;
        @Range(min = 5, max = 50) int range;
        @UniqueElements List<String> uniqueElements;
        @org.hibernate.validator.constraints.URL String url;
        @UUID String uuid;
    }

    /** The constraint of a field of {@link Constrained}, as the provider describes it. */
    static ConstraintDescriptor<?> descriptor(String field) {
        return VALIDATOR.getConstraintsForClass(Constrained.class).getConstraintsForProperty(field)
                .getConstraintDescriptors().iterator().next();
    }

    /** Every constraint of {@link Constrained}, as the provider describes it. */
    static List<ConstraintDescriptor<?>> descriptors() {
        List<ConstraintDescriptor<?>> descriptors = new ArrayList<>();
        for (java.lang.reflect.Field field : Constrained.class.getDeclaredFields()) {
            descriptors.addAll(VALIDATOR.getConstraintsForClass(Constrained.class)
                    .getConstraintsForProperty(field.getName()).getConstraintDescriptors());
        }
        return descriptors;
    }

    static Stream<Locale> translated() {
        return StatusCatalog.SHIPPED_LOCALES.stream().filter(l -> !l.getLanguage().equals("en"));
    }

    static String message(MessageInterpolator interpolator, ConstraintDescriptor<?> descriptor, Locale locale) {
        return ValidationErrors.interpolate(interpolator, descriptor.getMessageTemplate(), descriptor, null, locale);
    }

    /** The default message key of a constraint: its annotation's name and {@code .message}. */
    static String key(ConstraintDescriptor<?> descriptor) {
        return descriptor.getAnnotation().annotationType().getName() + ".message";
    }

    @Test
    void theFixtureHasEveryTranslatedConstraintOnceWithItsDefaultTemplate() {
        Set<String> keys = new TreeSet<>();
        for (ConstraintDescriptor<?> descriptor : descriptors()) {
            assertThat(descriptor.getMessageTemplate()).isEqualTo("{" + key(descriptor) + "}");
            assertThat(keys.add(key(descriptor))).as(key(descriptor)).isTrue();
        }
        Set<String> translatedSomewhere = new TreeSet<>();
        translated().forEach(l -> translatedSomewhere.addAll(ConstraintMessages.keys(l)));
        assertThat(keys).hasSize(34).isEqualTo(translatedSomewhere);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void everyShippedLanguageReadsEveryStandardConstraintMessageInItselfAndOursShowTheConstraintsNumbers(Locale locale) {
        List<String> english = new ArrayList<>();
        for (ConstraintDescriptor<?> descriptor : descriptors()) {
            String inEnglish = message(INTERPOLATOR, descriptor, Locale.ENGLISH);
            String message = message(INTERPOLATOR, descriptor, locale);
            if (message.equals(inEnglish)) {
                english.add(key(descriptor) + ": " + message);
            }
            assertThat(Scripts.isWrittenIn(message, locale)).as("%s in %s: %s", key(descriptor), locale, message).isTrue();
            // StatusKit's own texts show every number of the English (Hibernate Validator's may not: zh-CN's
            // Negative says "must be negative").
            boolean ours = ConstraintMessages.template(descriptor.getMessageTemplate(), locale, getClass().getClassLoader())
                    .isPresent();
            Matcher numbers = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?").matcher(inEnglish);
            while (ours && numbers.find()) {
                assertThat(message).as("%s in %s", key(descriptor), locale).contains(numbers.group());
            }
        }
        assertThat(english).as("messages still in English in %s", locale).isEmpty();
    }

    @Test
    void theInclusiveChoiceOfDecimalMaxAndTheDigitsShapeSurviveInterpolation() {
        ConstraintDescriptor<?> decimalMax = descriptor("decimalMax");
        ConstraintDescriptor<?> decimalMin = descriptor("decimalMin");
        ConstraintDescriptor<?> digits = descriptor("digits");
        Locale hebrew = Locale.forLanguageTag("he");
        assertThat(message(INTERPOLATOR, decimalMax, hebrew)).isEqualTo("חייב להיות לכל היותר 9.5");
        assertThat(message(INTERPOLATOR, decimalMin, hebrew)).isEqualTo("חייב להיות גדול מ-0.5");
        assertThat(message(INTERPOLATOR, digits, Locale.forLanguageTag("vi")))
                .isEqualTo("giá trị số nằm ngoài giới hạn cho phép (yêu cầu <3 chữ số>.<2 chữ số>)");
        assertThat(message(INTERPOLATOR, decimalMax, Locale.forLanguageTag("th"))).isEqualTo("ต้องมีค่าน้อยกว่าหรือเท่ากับ 9.5");
        assertThat(message(INTERPOLATOR, decimalMin, Locale.forLanguageTag("id"))).isEqualTo("harus lebih besar dari 0.5");
    }

    /** A latitude's bounds, negative as often as not. */
    static final class Latitude {
        @Min(-90) @Max(90) int degrees;
        @DecimalMin("-90.0") BigDecimal exact;
    }

    /** Hebrew attaches ל- and מ- to a number; a negative bound is said without them ("at least -90"), not as ל--90. */
    @Test
    void aNegativeBoundReadsWithoutAPrefixOnTheNumberInHebrew() {
        Locale hebrew = Locale.forLanguageTag("he");
        List<String> messages = new ArrayList<>();
        for (String property : new String[] {"degrees", "exact"}) {
            VALIDATOR.getConstraintsForClass(Latitude.class).getConstraintsForProperty(property).getConstraintDescriptors()
                    .forEach(d -> messages.add(message(INTERPOLATOR, d, hebrew)));
        }
        assertThat(messages).containsExactlyInAnyOrder("חייב להיות לפחות -90", "חייב להיות לכל היותר 90",
                "חייב להיות לפחות -90.0");
    }

    /**
     * Each language's file holds exactly the keys Hibernate Validator's bundle does not define for it, nor for a
     * parent (pt for pt-BR, zh for zh-CN): where the provider translates, its translation serves.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void eachLanguageTranslatesExactlyWhatHibernateValidatorLeavesInEnglish(Locale locale) throws IOException {
        Set<String> all = new TreeSet<>();
        descriptors().forEach(d -> all.add(key(d)));
        Set<String> providerHas = new HashSet<>();
        List<String> suffixes = locale.getCountry().isEmpty() ? List.of(locale.getLanguage())
                : List.of(suffix(locale), locale.getLanguage());
        for (String suffix : suffixes) {
            providerHas.addAll(keysOf(ConstraintMessagesTest.class.getClassLoader(),
                    "org/hibernate/validator/ValidationMessages_" + suffix + ".properties"));
        }
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(providerHas);
        assertThat(new TreeSet<>(ConstraintMessages.keys(locale))).as("%s", locale).isEqualTo(missing);
    }

    @Test
    void englishIsHibernateValidatorsOwn() {
        assertThat(ConstraintMessages.keys(Locale.ENGLISH)).isEmpty();
        ConstraintDescriptor<?> positive = descriptor("positive");
        assertThat(message(INTERPOLATOR, positive, Locale.ENGLISH)).isEqualTo("must be greater than 0");
        assertThat(message(INTERPOLATOR, positive, Locale.forLanguageTag("ar"))).isEqualTo("يجب أن تكون أكبر من 0");
        assertThat(message(INTERPOLATOR, positive, Locale.forLanguageTag("de"))).isEqualTo("muss größer als 0 sein");
    }

    @Test
    void onlyADefaultTemplateIsReplaced() {
        ClassLoader loader = getClass().getClassLoader();
        Locale thai = Locale.forLanguageTag("th");
        assertThat(ConstraintMessages.template("{jakarta.validation.constraints.NotNull.message}", thai, loader))
                .contains("ต้องไม่เป็นค่า null");
        assertThat(ConstraintMessages.template("must be set", thai, loader)).isEmpty();
        assertThat(ConstraintMessages.template("{com.acme.NotNull.message}", thai, loader)).isEmpty();
        assertThat(ConstraintMessages.template("{jakarta.validation.constraints.NotNull.message} now", thai, loader)).isEmpty();
        assertThat(ConstraintMessages.template("x{jakarta.validation.constraints.NotNull.message}", thai, loader)).isEmpty();
        assertThat(ConstraintMessages.template("{}", thai, loader)).isEmpty();
        assertThat(ConstraintMessages.template("{jakarta.validation.constraints.NotNull.message}", Locale.GERMAN, loader))
                .isEmpty();
    }

    /**
     * The application's ValidationMessages, which the provider reads first, keeps its texts: one for the language,
     * and one in its base bundle that the application meant for every language.
     */
    @Test
    void theApplicationsOwnValidationMessagesWinInItsLanguageAndFromItsBaseBundle(@TempDir Path classes) throws Exception {
        Files.writeString(classes.resolve("ValidationMessages_he.properties"),
                "jakarta.validation.constraints.NotNull.message=שדה חובה של היישום\n", StandardCharsets.UTF_8);
        Files.writeString(classes.resolve("ValidationMessages.properties"),
                "jakarta.validation.constraints.Positive.message=must be a positive amount\n", StandardCharsets.UTF_8);
        ConstraintDescriptor<?> notNull = descriptor("notNull");
        ConstraintDescriptor<?> positive = descriptor("positive");
        ConstraintDescriptor<?> notBlank = descriptor("notBlank");
        Locale hebrew = Locale.forLanguageTag("he");
        try (URLClassLoader application = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            List<String> messages = withContextLoader(application, () -> {
                // A provider's interpolator of the application's own, as a web application's Validator has.
                MessageInterpolator interpolator = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
                return List.of(message(interpolator, notNull, hebrew), message(interpolator, positive, hebrew),
                        message(interpolator, notBlank, hebrew));
            });
            assertThat(messages).containsExactly("שדה חובה של היישום", "must be a positive amount",
                    "אינו יכול להיות ריק או להכיל רווחים בלבד");
        }
        // Without the application's bundles, StatusKit's.
        assertThat(message(INTERPOLATOR, notNull, hebrew)).isEqualTo("חובה לציין ערך");
        assertThat(message(INTERPOLATOR, positive, hebrew)).isEqualTo("חייב להיות גדול מ-0");
    }

    @Test
    void everyFileIsUtf8WithOnlyKnownKeysAndTheParametersOfTheEnglish() throws IOException {
        Properties english = read(getClass().getClassLoader(), "org/hibernate/validator/ValidationMessages.properties");
        for (Locale locale : StatusCatalog.SHIPPED_LOCALES) {
            String name = "dev/statuskit/http/constraints_" + suffix(locale) + ".properties";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    assertThat(locale.getLanguage()).as(name).isEqualTo("en");
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                // A strict decoder throws on a byte that is not UTF-8; the texts are characters, not escapes.
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                assertThat(text).as(name).doesNotContain("\\u");
            }
            Properties translations = read(getClass().getClassLoader(), name);
            for (String key : translations.stringPropertyNames()) {
                assertThat(english.getProperty(key)).as("%s: %s", name, key).isNotNull();
                assertThat(parameters(translations.getProperty(key))).as("%s: %s", name, key)
                        .isEqualTo(parameters(english.getProperty(key)));
            }
        }
    }

    /** The {@code {name}} parameters and {@code ${...}} expressions' variables of a template, sorted. */
    static List<String> parameters(String template) {
        List<String> found = new ArrayList<>();
        Matcher matcher = java.util.regex.Pattern.compile("\\$\\{(\\w+)|(?<!\\$)\\{(\\w+)}").matcher(template);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? "$" + matcher.group(1) : matcher.group(2));
        }
        found.sort(null);
        return found;
    }

    static String suffix(Locale locale) {
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }

    static Set<String> keysOf(ClassLoader loader, String name) throws IOException {
        return loader.getResource(name) == null ? Set.of() : read(loader, name).stringPropertyNames();
    }

    static Properties read(ClassLoader loader, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(name)) {
            // Hibernate Validator's own files are ISO-8859-1 with escapes, which UTF-8 reads alike.
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static <T> T withContextLoader(ClassLoader loader, Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
