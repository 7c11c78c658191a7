package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTest {

    private static ProblemBuilder notFound() {
        return Problem.builder().status(404);
    }

    @Nested
    class StandardMembers {
        @Test
        void defaultsTheTypeToAboutBlank() {
            Problem problem = notFound().build();

            assertThat(problem.type()).hasToString("about:blank");
            assertThat(problem.isAboutBlank()).isTrue();
            assertThat(problem.title()).isNull();
            assertThat(problem.detail()).isNull();
            assertThat(problem.instance()).isNull();
            assertThat(problem.extensions()).isEmpty();
        }

        @Test
        void treatsANullTypeAsAboutBlank() {
            Problem problem = notFound().type(URI.create("https://example.com/probs/gone")).type(null).build();

            assertThat(problem.isAboutBlank()).isTrue();
        }

        @Test
        void keepsEveryMemberItWasGiven() {
            Problem problem = Problem.builder()
                    .type(URI.create("https://example.com/probs/out-of-credit"))
                    .title("You do not have enough credit.")
                    .status(403)
                    .detail("Your current balance is 30, but that costs 50.")
                    .instance(URI.create("/account/12345/msgs/abc"))
                    .build();

            assertThat(problem.type()).hasToString("https://example.com/probs/out-of-credit");
            assertThat(problem.isAboutBlank()).isFalse();
            assertThat(problem.title()).isEqualTo("You do not have enough credit.");
            assertThat(problem.status()).isEqualTo(403);
            assertThat(problem.detail()).isEqualTo("Your current balance is 30, but that costs 50.");
            assertThat(problem.instance()).hasToString("/account/12345/msgs/abc");
        }

        @Test
        void refusesToBuildWithoutAStatus() {
            assertThatThrownBy(() -> Problem.builder().title("x").build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("A problem needs a status: call status(int) with a code in 100-599");
        }

        @ParameterizedTest
        @CsvSource({
            "0,   HTTP status code 0 is outside the range 100-599 (RFC 9110 §15)",
            "99,  HTTP status code 99 is outside the range 100-599 (RFC 9110 §15)",
            "600, HTTP status code 600 is outside the range 100-599 (RFC 9110 §15)",
            "-1,  HTTP status code -1 is outside the range 100-599 (RFC 9110 §15)",
        })
        void rejectsAStatusOutsideTheHttpRange(int status, String message) {
            assertThatThrownBy(() -> Problem.builder().status(status))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }
    }

    @Nested
    class ExtensionNames {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "ab       | Extension member name \"ab\" must be at least 3 characters (RFC 9457 §3.2)",
            "''       | Extension member name \"\" must be at least 3 characters (RFC 9457 §3.2)",
            "1abc     | Extension member name \"1abc\" must start with a letter (RFC 9457 §3.2)",
            "_abc     | Extension member name \"_abc\" must start with a letter (RFC 9457 §3.2)",
            "ébc      | Extension member name \"ébc\" must start with a letter (RFC 9457 §3.2)",
            "foo-bar  | Extension member name \"foo-bar\" must contain only letters, digits and \"_\" (RFC 9457 §3.2)",
            "foo bar  | Extension member name \"foo bar\" must contain only letters, digits and \"_\" (RFC 9457 §3.2)",
            "naïve    | Extension member name \"naïve\" must contain only letters, digits and \"_\" (RFC 9457 §3.2)",
        })
        void rejectsNamesThatBreakTheRfcRule(String name, String message) {
            assertThatThrownBy(() -> notFound().with(name, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"type", "title", "status", "detail", "instance"})
        void rejectsTheStandardMemberNames(String name) {
            assertThatThrownBy(() -> notFound().with(name, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Extension member name \"" + name
                            + "\" is reserved for the standard member of that name (RFC 9457 §3.1)");
        }

        @Test
        void rejectsANullName() {
            assertThatThrownBy(() -> notFound().with(null, 1))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("Extension member name must not be null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "errorId", "balance", "a_1", "X99", "Type", "invalid_params"})
        void acceptsNamesThatFollowTheRfcRule(String name) {
            assertThat(notFound().with(name, true).build().extensions()).containsEntry(name, true);
        }
    }

    @Nested
    class ExtensionValues {
        @Test
        void keepsMembersInInsertionOrderAndReplacesInPlace() {
            Problem problem = notFound().with("zzz", 1).with("aaa", 2).with("mmm", 3).with("zzz", 4).build();

            assertThat(problem.extensions()).containsExactly(
                    Map.entry("zzz", 4), Map.entry("aaa", 2), Map.entry("mmm", 3));
        }

        @Test
        void keepsASingleMemberEvenWithANullValueAndStaysImmutable() {
            Problem problem = notFound().with("none", null).build();

            assertThat(problem.extensions()).containsExactly(new java.util.AbstractMap.SimpleEntry<>("none", null));
            assertThat(problem).isEqualTo(notFound().with("none", null).build());
            assertThatThrownBy(() -> problem.extensions().put("abc", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThat(problem.toBuilder().with("more", 1).build().extensions()).containsOnlyKeys("none", "more");
        }

        @Test
        void keepsScalarsAsTheyAre() {
            Problem problem = notFound().with("text", "x").with("flag", false).with("count", 7).with("big", 7L)
                    .with("ratio", 0.5).with("exact", new BigDecimal("1.10")).with("none", null).build();

            assertThat(problem.extensions()).containsExactly(Map.entry("text", "x"), Map.entry("flag", false),
                    Map.entry("count", 7), Map.entry("big", 7L), Map.entry("ratio", 0.5),
                    Map.entry("exact", new BigDecimal("1.10")), new java.util.AbstractMap.SimpleEntry<>("none", null));
        }

        @Test
        void turnsTextLikeValuesIntoStrings() {
            UUID id = UUID.fromString("3f2b1c4d-0000-4000-8000-000000000001");
            Problem problem = notFound().with("chars", new StringBuilder("sb")).with("letter", 'c')
                    .with("uri", URI.create("https://example.com/a")).with("uuid", id)
                    .with("day", LocalDate.of(2025, 1, 31)).with("unit", Thread.State.BLOCKED).build();

            assertThat(problem.extensions()).containsExactly(Map.entry("chars", "sb"), Map.entry("letter", "c"),
                    Map.entry("uri", "https://example.com/a"), Map.entry("uuid", "3f2b1c4d-0000-4000-8000-000000000001"),
                    Map.entry("day", "2025-01-31"), Map.entry("unit", "BLOCKED"));
        }

        @Test
        void snapshotsMutableNumbers() {
            AtomicInteger counter = new AtomicInteger(41);
            Problem problem = notFound().with("counter", counter).build();
            counter.incrementAndGet();

            assertThat(problem.extensions().get("counter")).isEqualTo(new BigDecimal("41"));
        }

        @Test
        void turnsArraysAndCollectionsIntoLists() {
            Problem problem = notFound().with("ints", new int[] {1, 2}).with("names", new String[] {"a", "b"})
                    .with("set", new java.util.LinkedHashSet<>(List.of("x", "y"))).build();

            assertThat(problem.extensions()).containsExactly(Map.entry("ints", List.of(1, 2)),
                    Map.entry("names", List.of("a", "b")), Map.entry("set", List.of("x", "y")));
        }

        @Test
        void keepsAnImmutableListOfImmutableItemsAsItIs() {
            List<String> accounts = List.of("/account/12345", "/account/67890");
            List<Object> one = List.of(7);
            List<Object> copied = List.copyOf(List.of("a", 1, true));

            Problem problem = notFound().with("accounts", accounts).with("one", one).with("copied", copied).build();

            assertThat(problem.extensions().get("accounts")).isSameAs(accounts);
            assertThat(problem.extensions().get("one")).isSameAs(one);
            assertThat(problem.extensions().get("copied")).isSameAs(copied);
        }

        @Test
        void copiesAnImmutableListWhoseItemsCanChange() {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("detail", "must not be blank");
            List<Object> errors = List.of("first", error, new StringBuilder("third"));

            Problem problem = notFound().with("errors", errors).build();
            error.put("later", 1);

            assertThat(problem.extensions().get("errors")).isNotSameAs(errors)
                    .isEqualTo(List.of("first", Map.of("detail", "must not be blank"), "third"));
        }

        @Test
        void takesTheValuesOfAnotherProblemWithoutCopyingThem() {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("pointer", "#/name");
            Problem first = notFound().with("errors", new ArrayList<>(List.of(error))).with("nested", Map.of("a", "b"))
                    .build();

            Problem second = notFound().with("errors", first.extensions().get("errors"))
                    .with("nested", first.extensions().get("nested")).build();

            assertThat(second.extensions().get("errors")).isSameAs(first.extensions().get("errors"));
            assertThat(second.extensions().get("nested")).isSameAs(first.extensions().get("nested"));
        }

        @Test
        void keepsAMapOfStringsMadeByStatusKitAsItIs() {
            List<Map<String, Object>> errors = List.of(
                    dev.statuskit.http.internal.Members.stringMap("detail", "must not be blank", "pointer", "#/name"));

            Problem problem = notFound().with("errors", errors).build();

            assertThat(problem.extensions().get("errors")).isSameAs(errors);
            assertThat(errors.get(0)).containsExactly(Map.entry("detail", "must not be blank"), Map.entry("pointer", "#/name"));
            assertThatThrownBy(() -> dev.statuskit.http.internal.Members.stringMap("no key", "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"no key\"");
            assertThatThrownBy(() -> dev.statuskit.http.internal.Members.stringMap("detail"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("A key without a value");
        }

        @Test
        void copiesNestedValuesDeeplySoLaterChangesDoNotLeakIn() {
            List<Object> accounts = new ArrayList<>(List.of("a"));
            Map<String, Object> nested = new LinkedHashMap<>();
            nested.put("list", accounts);
            Problem problem = notFound().with("accounts", accounts).with("nested", nested).build();
            accounts.add("b");
            nested.put("later", 1);

            assertThat(problem.extensions().get("accounts")).isEqualTo(List.of("a"));
            assertThat(problem.extensions().get("nested")).isEqualTo(Map.of("list", List.of("a")));
        }

        @Test
        void isImmutableAllTheWayDown() {
            Problem problem = notFound().with("list", List.of(Map.of("key", List.of(1)))).build();
            Map<String, Object> extensions = problem.extensions();
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) extensions.get("list");
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) list.get(0);

            assertThatThrownBy(() -> extensions.put("abc", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.put("other", 2)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void rejectsNumbersJsonCannotCarry() {
            assertThatThrownBy(() -> notFound().with("ratio", Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Extension member \"ratio\" is NaN; numbers must be finite, as JSON has no NaN or Infinity (RFC 8259 §6)");
            assertThatThrownBy(() -> notFound().with("ratio", Float.NEGATIVE_INFINITY))
                    .hasMessage("Extension member \"ratio\" is -Infinity; numbers must be finite, as JSON has no NaN or Infinity (RFC 8259 §6)");
        }

        @Test
        void rejectsValuesOfOtherTypesNamingTheType() {
            assertThatThrownBy(() -> notFound().with("thing", new Object()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Extension member \"thing\" has a value of type java.lang.Object; "
                            + "use a String, Number, Boolean, null, array, Collection or Map");
        }

        @Test
        void rejectsMapKeysThatAreNotStrings() {
            assertThatThrownBy(() -> notFound().with("scores", Map.of(1, "one")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Key 1 in extension member \"scores\" must be a String");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "1st", "a b", "a:b", "-x"})
        void rejectsMapKeysThatAreNotXmlNames(String key) {
            Map<String, Object> map = new HashMap<>();
            map.put(key, 1);
            assertThatThrownBy(() -> notFound().with("errors", List.of(map)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Key \"" + key + "\" in extension member \"errors\" must start with a letter or \"_\""
                            + " and contain only letters, digits, \"_\", \"-\" and \".\"");
        }

        @Test
        void acceptsMapKeysThatAreXmlNames() {
            Problem problem = notFound().with("errors", List.of(Map.of("json-pointer", "#/age", "_x.y", 1))).build();

            assertThat(problem.extensions().get("errors"))
                    .isEqualTo(List.of(Map.of("json-pointer", "#/age", "_x.y", 1)));
        }

        @Test
        void rejectsAValueThatContainsItself() {
            List<Object> loop = new ArrayList<>();
            loop.add(loop);

            assertThatThrownBy(() -> notFound().with("loop", loop))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Extension member \"loop\" nests more than 32 levels of arrays, Collections and Maps;"
                            + " does it contain itself?");
        }
    }

    @Nested
    class Copies {
        @Test
        void buildsIndependentProblemsFromOneBuilder() {
            ProblemBuilder builder = notFound().with("first", 1);
            Problem first = builder.build();
            Problem second = builder.with("second", 2).detail("later").build();

            assertThat(first.extensions()).containsOnlyKeys("first");
            assertThat(first.detail()).isNull();
            assertThat(second.extensions()).containsOnlyKeys("first", "second");
        }

        @Test
        void keepsABuiltProblemsMembersWhenItsBuilderReplacesOrAddsMembersLater() {
            // Three members fill the builder's array of the members after the first, which build() then shares.
            ProblemBuilder builder = notFound().with("first", 1).with("second", 2).with("third", 3);
            Problem built = builder.build();

            Problem replaced = builder.with("second", 20).build();
            Problem added = builder.with("fourth", 4).build();
            Problem replacedAgain = builder.with("third", 30).build();

            assertThat(built.extensions()).containsExactly(Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3));
            assertThat(replaced.extensions())
                    .containsExactly(Map.entry("first", 1), Map.entry("second", 20), Map.entry("third", 3));
            assertThat(added.extensions()).containsExactly(
                    Map.entry("first", 1), Map.entry("second", 20), Map.entry("third", 3), Map.entry("fourth", 4));
            assertThat(replacedAgain.extensions()).containsExactly(
                    Map.entry("first", 1), Map.entry("second", 20), Map.entry("third", 30), Map.entry("fourth", 4));
        }

        @Test
        void keepsTheOriginalsMembersWhenAProblemDerivedThroughToBuilderChangesThem() {
            Problem original = notFound().with("first", 1).with("second", 2).with("third", 3).build();

            Problem replaced = original.toBuilder().with("third", 30).build();
            Problem added = original.toBuilder().with("fourth", 4).build();

            assertThat(original.extensions()).containsExactly(Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3));
            assertThat(replaced.extensions())
                    .containsExactly(Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 30));
            assertThat(added.extensions()).containsExactly(
                    Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4));
        }

        @Test
        void derivesAnEqualProblemThroughToBuilder() {
            Problem original = Problem.builder().type(URI.create("urn:x")).title("t").status(409).detail("d")
                    .instance(URI.create("/i")).with("abc", List.of(1)).build();

            Problem copy = original.toBuilder().build();

            assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).isNotSameAs(original);
            assertThat(original.toBuilder().status(410).build()).isNotEqualTo(original);
        }
    }

    @Test
    void carriesItsProblemInAProblemException() {
        Problem problem = Problem.builder().status(422).title("Invalid order").build();
        IllegalStateException cause = new IllegalStateException("inner");

        ProblemException exception = new ProblemException(problem, cause);

        assertThat(exception.getProblem()).isSameAs(problem);
        assertThat(exception).hasCause(cause);
    }

    @Test
    void aProblemExceptionLosesItsProblemWhenSerializedSoGetProblemIsNullable() throws Exception {
        ProblemException exception = new ProblemException(Problem.builder().status(409).build());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(exception);
        }

        ProblemException copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ProblemException) in.readObject();
        }

        assertThat(copy).hasMessage("409 about:blank");
        assertThat(copy.getProblem()).isNull();
    }
}
