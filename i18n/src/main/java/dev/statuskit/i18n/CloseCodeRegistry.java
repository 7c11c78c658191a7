package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The IANA WebSocket Close Code Number Registry and the RFC 6455 §7.4.2 ranges.
 *
 * <p>{@link #lookup(int)} answers for any int. For 1000-4999 it returns a shared instance and allocates
 * nothing; for numbers outside every range it returns a new {@link CloseCodeCategory#INVALID} entry.
 */
@API(status = STABLE, since = "0.1")
public final class CloseCodeRegistry {
    /** The lowest close code (RFC 6455 §7.4.2: 0-999 are not used). */
    public static final int MIN_CODE = 1000;
    /** The highest close code (RFC 6455 §7.4.2: 4000-4999 is the last range). */
    public static final int MAX_CODE = 4999;
    /** The first code of the range for libraries, frameworks and applications. */
    public static final int LIBRARY_RANGE_START = 3000;
    /** The first code of the private-use range. */
    public static final int PRIVATE_RANGE_START = 4000;

    private static final CloseCode[] BY_CODE = new CloseCode[MAX_CODE - MIN_CODE + 1];
    private static final List<CloseCode> REGISTERED;

    static {
        List<CloseCode> table = new ArrayList<>(19);
        add(table, 1000, "Normal Closure", "RFC 6455", "permanent");
        add(table, 1001, "Going Away", "RFC 6455", "permanent");
        add(table, 1002, "Protocol error", "RFC 6455", "permanent");
        add(table, 1003, "Unsupported Data", "RFC 6455", "permanent");
        add(table, 1004, "Reserved", "RFC 6455", "reserved");
        add(table, 1005, "No Status Rcvd", "RFC 6455", "never-sent");
        add(table, 1006, "Abnormal Closure", "RFC 6455", "never-sent");
        add(table, 1007, "Invalid frame payload data", "RFC 6455", "permanent");
        add(table, 1008, "Policy Violation", "RFC 6455", "permanent");
        add(table, 1009, "Message Too Big", "RFC 6455", "permanent");
        add(table, 1010, "Mandatory Ext.", "RFC 6455", "permanent");
        add(table, 1011, "Internal Error", "RFC 6455 (errata 3227)", "permanent");
        add(table, 1012, "Service Restart", "IANA registration (hybi mailing list)", "permanent");
        add(table, 1013, "Try Again Later", "IANA registration (hybi mailing list)", "permanent");
        add(table, 1014, "Bad Gateway", "IANA registration 2016-10-10 (hybi mailing list)", "permanent");
        add(table, 1015, "TLS handshake", "RFC 6455", "never-sent");
        add(table, 3000, "Unauthorized", "IANA registration 2021-09-06", "first-come-first-served");
        add(table, 3003, "Forbidden", "IANA registration 2023-02-22", "first-come-first-served");
        add(table, 3008, "Timeout", "IANA registration 2024-02-01", "first-come-first-served");
        for (CloseCode entry : table) {
            BY_CODE[entry.code() - MIN_CODE] = entry;
        }
        for (int code = MIN_CODE; code <= MAX_CODE; code++) {
            if (BY_CODE[code - MIN_CODE] == null) {
                CloseCodeCategory category = rangeCategory(code);
                BY_CODE[code - MIN_CODE] = new CloseCode(code, categoryMeaning(category), "RFC 6455 §7.4.2", category, false);
            }
        }
        REGISTERED = Collections.unmodifiableList(table);
    }

    private CloseCodeRegistry() {
    }

    /** The entry for any int. Never null, never throws. */
    public static CloseCode lookup(int code) {
        if (code >= MIN_CODE && code <= MAX_CODE) {
            return BY_CODE[code - MIN_CODE];
        }
        return new CloseCode(code, categoryMeaning(CloseCodeCategory.INVALID), "RFC 6455 §7.4.2",
                CloseCodeCategory.INVALID, false);
    }

    /** The category of any int, without allocating. */
    public static CloseCodeCategory categoryOf(int code) {
        return code >= MIN_CODE && code <= MAX_CODE ? BY_CODE[code - MIN_CODE].category() : CloseCodeCategory.INVALID;
    }

    /** Every code with its own IANA entry, in numeric order. */
    public static List<CloseCode> registered() {
        return REGISTERED;
    }

    private static CloseCodeCategory rangeCategory(int code) {
        if (code >= PRIVATE_RANGE_START) {
            return CloseCodeCategory.PRIVATE;
        }
        if (code >= LIBRARY_RANGE_START) {
            return CloseCodeCategory.LIBRARY;
        }
        return CloseCodeCategory.RESERVED;
    }

    private static String categoryMeaning(CloseCodeCategory category) {
        switch (category) {
            case LIBRARY: return "Library or framework close code";
            case PRIVATE: return "Application close code";
            case RESERVED: return "Reserved close code";
            default: return "Invalid close code";
        }
    }

    private static void add(List<CloseCode> table, int code, String meaning, String reference, String registration) {
        CloseCodeCategory category;
        switch (registration) {
            case "never-sent": category = CloseCodeCategory.NEVER_SENT; break;
            case "reserved": category = CloseCodeCategory.RESERVED; break;
            default: category = rangeCategory(code) == CloseCodeCategory.RESERVED ? CloseCodeCategory.STANDARD : rangeCategory(code);
        }
        table.add(new CloseCode(code, meaning, reference, category, true));
    }
}
