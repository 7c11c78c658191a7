package dev.statuskit.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the IANA registry CSV fixtures in src/test/resources/iana (source and date in the README there). */
final class IanaCsv {
    private IanaCsv() {
    }

    /** The rows of a fixture, without the header; each with four fields. */
    static List<String[]> rows(String name) {
        try (InputStream in = IanaCsv.class.getResourceAsStream("/iana/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture /iana/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new IllegalStateException("Expected 4 fields in CSV line: " + line);
        }
        return fields;
    }
}
