package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Extension members of every shape survive problem+json: nested lists and maps of plain and awkward strings,
 * numbers, booleans and nulls, any number of members (up to 80), written by StatusKit and read back by Parsson equal to the same values built with Parsson's own builders.
 */
class JsonValuesPropertyTest {
    private static final Gen<String> PLAIN = Gen.chars("abcXYZ019 #/-_.:~", 12);
    private static final Gen<String> AWKWARD = Gen.oneOf(
            Gen.of("\"", "\\", "\u2028", "\uD83D\uDE00", "\uD800", "\u0000", "\n", "\u007F", "é", "中", "\uFFFF"),
            Gen.anyUtf16(12));
    private static final Gen<String> TEXT = Gen.frequency(3, PLAIN, 1, AWKWARD);

    @Test
    void everyMemberReadsBackAsTheValueItWasBuiltFrom() {
        RandomCases.check(1500, JsonValuesPropertyTest::members, members -> {
            ProblemBuilder builder = Problem.builder().status(422).title("t").detail("d");
            JsonObjectBuilder expected = Json.createObjectBuilder().add("type", "about:blank").add("title", "t")
                    .add("status", 422).add("detail", "d");
            for (Map.Entry<String, Object> member : members.entrySet()) {
                builder.with(member.getKey(), member.getValue());
                expected.add(member.getKey(), json(member.getValue()));
            }

            JsonObject parsed = JsonRendererTest.parse(JsonRendererTest.render(builder.build()));

            assertThat(parsed).isEqualTo(expected.build());
            assertThat(List.copyOf(parsed.keySet()).subList(4, parsed.size())).containsExactlyElementsOf(members.keySet());
        });
    }

    private static Map<String, Object> members(SplittableRandom random) {
        Map<String, Object> members = new LinkedHashMap<>();
        int count = random.nextInt(4) == 0 ? 60 + random.nextInt(20) : random.nextInt(6);
        for (int i = 0; i < count; i++) {
            members.put("member" + i, value(random, 0));
        }
        return members;
    }

    private static Object value(SplittableRandom random, int depth) {
        switch (random.nextInt(depth < 3 ? 10 : 6)) {
            case 0:
                return random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
            case 1:
                return random.nextBoolean();
            case 2:
                return random.nextInt(8) * 0.25;
            case 3, 4, 5:
                return TEXT.next(random);
            case 6, 7: {
                List<Object> list = random.nextBoolean() ? new ArrayList<>() : new LinkedList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put("key" + i, value(random, depth + 1));
                }
                return map;
            }
        }
    }

    private static JsonValue json(Object value) {
        if (value instanceof String s) {
            return Json.createValue(s);
        } else if (value instanceof Long l) {
            return Json.createValue(l);
        } else if (value instanceof Double d) {
            return Json.createValue(d);
        } else if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(item -> array.add(json(item)));
            return array.build();
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        ((Map<?, ?>) value).forEach((key, item) -> object.add((String) key, json(item)));
        return object.build();
    }
}
