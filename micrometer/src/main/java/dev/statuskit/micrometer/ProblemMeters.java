package dev.statuskit.micrometer;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.http.ProblemListener;
import dev.statuskit.http.ProblemRequest;
import dev.statuskit.i18n.HttpStatusClass;
import dev.statuskit.i18n.HttpStatusRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/** {@link StatusKitMetrics#problems(MeterRegistry)}: counts answers in {@value StatusKitMetrics#PROBLEMS}. */
final class ProblemMeters implements ProblemListener {
    private static final String[] STATUS_TAGS = new String[HttpStatusRegistry.MAX_CODE - HttpStatusRegistry.MIN_CODE + 1];
    private static final String[] CLASS_TAGS = new String[STATUS_TAGS.length];
    private static final String[] FORMAT_TAGS = new String[ProblemFormat.values().length];

    static {
        for (int status = HttpStatusRegistry.MIN_CODE; status <= HttpStatusRegistry.MAX_CODE; status++) {
            STATUS_TAGS[status - HttpStatusRegistry.MIN_CODE] = Integer.toString(status);
            CLASS_TAGS[status - HttpStatusRegistry.MIN_CODE] = HttpStatusClass.of(status).label().intern();
        }
        for (ProblemFormat format : ProblemFormat.values()) {
            FORMAT_TAGS[format.ordinal()] = format.name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Meter.MeterProvider<Counter> problems;

    ProblemMeters(MeterRegistry registry) {
        this.registry = registry;
        this.problems = Counter.builder(StatusKitMetrics.PROBLEMS)
                .description("Problem answers made by StatusKit, by status, format and language")
                .withRegistry(registry);
    }

    @Override
    public void answered(ErrorAnswer answer, ProblemRequest request) {
        // A responder answers only 100-599 (HttpStatusRegistry's range), so the index is always in bounds.
        int index = answer.status() - HttpStatusRegistry.MIN_CODE;
        problems.withTags(
                StatusKitMetrics.STATUS, STATUS_TAGS[index],
                StatusKitMetrics.STATUS_CLASS, CLASS_TAGS[index],
                StatusKitMetrics.FORMAT, FORMAT_TAGS[answer.format().ordinal()],
                StatusKitMetrics.LOCALE, answer.locale().toLanguageTag())
                .increment();
    }

    @Override
    public String toString() {
        return "StatusKitMetrics.problems(" + registry.getClass().getSimpleName() + ")";
    }
}
