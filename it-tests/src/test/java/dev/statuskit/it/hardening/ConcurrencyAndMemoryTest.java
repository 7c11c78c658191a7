package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.RequestInfo;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.i18n.LocaleNegotiator;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Many threads and many distinct headers at once: no cross-talk between answers, and a flat heap. */
class ConcurrencyAndMemoryTest {
    static final StatusCatalog CATALOG = StatusCatalog.standard();
    /** What clients send, and the locale each must get: the twenty, plus aliases and fallbacks. */
    static final String[][] LANGUAGES = {
        {"en", "en"}, {"zh-CN", "zh-CN"}, {"zh-TW", "zh-TW"}, {"ja", "ja"}, {"ko", "ko"}, {"de", "de"}, {"fr", "fr"},
        {"es", "es"}, {"pt-BR", "pt-BR"}, {"ru", "ru"}, {"it", "it"}, {"ar", "ar"}, {"nl", "nl"}, {"pl", "pl"},
        {"tr", "tr"}, {"uk", "uk"}, {"vi", "vi"}, {"id", "id"}, {"th", "th"}, {"he", "he"}, {"zh-HK,en;q=0.5", "zh-TW"},
        {"de-AT", "de"}, {"es-419", "es"}, {"pt-PT", "pt-BR"}, {"pl,ja;q=0.1", "pl"}, {"fi,ja;q=0.1", "ja"},
        {"tlh", "en"}, {"zh", "zh-CN"}, {"iw-IL", "he"}, {"in", "id"}, {"uk-UA,ru;q=0.5", "uk"},
    };
    static final int THREADS = 32;
    static final int REQUESTS_PER_THREAD = 30;

    @Nested
    class ThirtyTwoThreads {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void everyAnswerIsInTheLanguageItsOwnRequestAskedFor(ServerKind kind) throws Exception {
            URI uri = Servers.get(kind).uri("api/items/9");
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> checked = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    checked.add(pool.submit(() -> {
                        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                            String[] pair = LANGUAGES[ThreadLocalRandom.current().nextInt(LANGUAGES.length)];
                            HttpResponse<byte[]> response = HttpCalls.get(uri, "application/json", pair[0]);
                            Locale expected = Locale.forLanguageTag(pair[1]);
                            assertThat(response.statusCode()).isEqualTo(404);
                            assertThat(HttpCalls.header(response, "Content-Language")).as(pair[0]).isEqualTo(pair[1]);
                            JsonObject problem = Answers.json(response.body());
                            assertThat(problem.getString("title")).as(pair[0]).isEqualTo(CATALOG.http(404, expected).title());
                            assertThat(problem.getString("detail")).isEqualTo(CATALOG.http(404, expected).description());
                        }
                        return REQUESTS_PER_THREAD;
                    }));
                }
                int done = 0;
                for (Future<Integer> future : checked) {
                    done += future.get(60, TimeUnit.SECONDS);
                }
                assertThat(done).isEqualTo(THREADS * REQUESTS_PER_THREAD);
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Nested
    class DistinctHeaders {
        static final String PADDING = ",tlh;q=0.01".repeat(18);

        static String distinct(int i) {
            // Short enough to be cached, all different: the cache must stay bounded.
            return "x" + Integer.toString(i, 36) + ",zh-TW;q=0." + (i % 9 + 1) + ",en;q=0.1" + PADDING;
        }

        /** What a cache of this capacity holds after this many distinct inserts, cleared whenever it is full. */
        static int expectedEntries(int inserts, int capacity) {
            return (inserts - 1) % capacity + 1;
        }

        @Test
        void aHundredThousandDistinctAcceptLanguagesKeepTheCacheWithinItsCapacity() {
            // Its own catalog (not the shared standard one), so that the count is exactly this test's.
            ProblemResponder responder = ProblemResponder.create(ProblemOptions.builder()
                    .locales(CATALOG.supportedLocales()).build());
            assertThat(responder.catalog()).isNotSameAs(StatusCatalog.standard());
            for (int i = 0; i < 100_000; i++) {
                ErrorAnswer answer = responder.answer(404, null, null,
                        new RequestInfo("GET", "/items/" + i, i % 2 == 0 ? "text/html" : null, distinct(i))).orElseThrow();
                assertThat(answer.locale()).isEqualTo(Locale.forLanguageTag("zh-TW"));
            }
            assertThat(distinct(99_999).length()).as("short enough to be cached").isBetween(200, 256);
            assertThat(responder.catalog().negotiator().cachedResults())
                    .isEqualTo(expectedEntries(100_000, LocaleNegotiator.CACHE_CAPACITY));
        }

        @Test
        void tenThousandDistinctAcceptLanguagesThroughJettyKeepTheSharedCacheWithinItsCapacity() throws Exception {
            URI uri = Servers.get(ServerKind.JETTY).uri("servlet/send-error/404");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> sent = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int offset = t;
                    sent.add(pool.submit(() -> {
                        int ok = 0;
                        for (int i = offset; i < 10_000; i += 8) {
                            HttpResponse<byte[]> response = HttpCalls.get(uri, null, distinct(i));
                            if (response.statusCode() == 404 && "zh-TW".equals(HttpCalls.header(response, "Content-Language"))) {
                                ok++;
                            }
                        }
                        return ok;
                    }));
                }
                int ok = 0;
                for (Future<Integer> future : sent) {
                    ok += future.get(120, TimeUnit.SECONDS);
                }
                assertThat(ok).isEqualTo(10_000);
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            // The servers of these tests answer through the shared standard catalog.
            assertThat(StatusCatalog.standard().negotiator().cachedResults())
                    .isBetween(1, LocaleNegotiator.CACHE_CAPACITY);
        }

        @Test
        void theExpectedCountFollowsClearWhenFull() {
            assertThat(expectedEntries(1, 1024)).isEqualTo(1);
            assertThat(expectedEntries(1024, 1024)).isEqualTo(1024);
            assertThat(expectedEntries(1025, 1024)).isEqualTo(1);
            assertThat(expectedEntries(100_000, 1024)).isEqualTo(672);
        }
    }
}
