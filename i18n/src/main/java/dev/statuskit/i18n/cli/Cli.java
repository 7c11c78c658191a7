package dev.statuskit.i18n.cli;

import dev.statuskit.i18n.CloseCode;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.HttpStatus;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command-line lookup: {@code java -jar statuskit-i18n.jar 404 --lang zh-CN},
 * {@code ... ws 1013 --lang ja}, {@code ... --json --lang de}.
 */
public final class Cli {
    /** Exit status for success. */
    static final int OK = 0;
    /** Exit status for a usage error or bad input. */
    static final int USAGE = 2;

    static final String USAGE_TEXT = String.join("\n",
            "Usage: java -jar statuskit-i18n.jar <http-code> [--lang <tag>]",
            "       java -jar statuskit-i18n.jar ws <close-code> [--lang <tag>]",
            "       java -jar statuskit-i18n.jar --json [--lang <tag>]",
            "<tag> is a language tag or an Accept-Language value, e.g. zh-CN or \"de-AT,de;q=0.9\".",
            "Languages: " + StatusCatalog.SHIPPED_LOCALES.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "))
                    + " (iw is read as he, in as id, zh-HK and zh-MO as zh-TW).");

    private final PrintStream out;
    private final PrintStream err;
    private final StatusCatalog catalog = StatusCatalog.standard();

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Entry point. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Cli(out, err).run(args));
    }

    /** Runs the tool and returns the exit status. */
    int run(String[] args) {
        String lang = null;
        boolean json = false;
        boolean ws = false;
        String code = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang")) {
                if (i + 1 >= args.length) {
                    return usage("--lang needs a language tag, e.g. --lang zh-CN");
                }
                lang = args[++i];
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("ws") && code == null && !ws) {
                ws = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (code == null && !arg.startsWith("-")) {
                code = arg;
            } else {
                return usage("Unexpected argument: " + printable(arg));
            }
        }
        Locale locale = Locale.ENGLISH;
        if (lang != null) {
            Optional<Locale> match = catalog.negotiator().match(lang);
            if (match.isEmpty()) {
                return usage("Language " + printable(lang) + " is not supported; supported: "
                        + catalog.supportedLocales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")));
            }
            locale = match.get();
        }
        if (json) {
            if (code != null || ws) {
                return usage("--json dumps the whole registry and takes no code");
            }
            out.println(dump(locale));
            return OK;
        }
        if (code == null) {
            return usage(ws ? "ws needs a close code, e.g. ws 1013" : "Give an HTTP status code, e.g. 404");
        }
        int number;
        try {
            number = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return usage((ws ? "Close code" : "HTTP status code") + " must be a whole number, not " + printable(code));
        }
        if (ws) {
            printCloseCode(CloseCodeRegistry.lookup(number), locale);
            return OK;
        }
        String error = HttpStatusRegistry.statusCodeExceptionMessage(number);
        if (error != null) {
            // 1000-4999 is where WebSocket close codes live (RFC 6455 §7.4.2): most likely one was meant.
            return usage(number >= 1000 && number <= 4999 ? error + "; a WebSocket close code is looked up with ws, e.g. ws "
                    + number : error);
        }
        printHttp(HttpStatusRegistry.of(number), locale);
        return OK;
    }

    private void printHttp(HttpStatus status, Locale locale) {
        LocalizedText text = catalog.http(status.code(), locale);
        out.println(status.code() + " " + text.title());
        out.println(text.description());
        out.println("English:      " + status.reasonPhrase());
        out.println("Class:        " + status.statusClass().label() + " " + catalog.httpClass(status.statusClass(), locale).title());
        out.println("Registration: " + status.registration().id());
        out.println("Reference:    " + status.reference());
    }

    private void printCloseCode(CloseCode code, Locale locale) {
        LocalizedText text = catalog.closeCode(code.code(), locale);
        out.println(code.code() + " " + text.title());
        out.println(text.description());
        out.println("English:      " + code.meaning());
        out.println("Category:     " + code.category().id() + " (" + catalog.closeCodeCategory(code.category(), locale).title() + ")");
        out.println("May be sent:  " + (code.mayBeSent() ? "yes" : "no"));
        out.println("Reference:    " + code.reference());
    }

    private String dump(Locale locale) {
        StringBuilder json = new StringBuilder(64 * 1024).append("[\n");
        String separator = "";
        for (HttpStatus status : HttpStatusRegistry.registered()) {
            LocalizedText text = catalog.http(status.code(), locale);
            json.append(separator);
            entry(json, status.code(), "http", text, status.reasonPhrase(), status.reference(),
                    status.statusClass().id(), locale);
            separator = ",\n";
        }
        for (CloseCode code : CloseCodeRegistry.registered()) {
            LocalizedText text = catalog.closeCode(code.code(), locale);
            json.append(separator);
            entry(json, code.code(), "websocket", text, code.meaning(), code.reference(), code.category().id(), locale);
        }
        return json.append("\n]").toString();
    }

    private static void entry(StringBuilder json, int code, String kind, LocalizedText text, String english,
                              String reference, String category, Locale locale) {
        json.append("  {\"code\": ").append(code).append(", \"kind\": ");
        Json.quote(json, kind);
        json.append(", \"locale\": ");
        Json.quote(json, locale.toLanguageTag());
        json.append(", \"title\": ");
        Json.quote(json, text.title());
        json.append(", \"description\": ");
        Json.quote(json, text.description());
        json.append(", \"english\": ");
        Json.quote(json, english);
        json.append(", \"reference\": ");
        Json.quote(json, reference);
        json.append(", \"category\": ");
        Json.quote(json, category);
        json.append('}');
    }

    private int usage(String message) {
        err.println("statuskit: " + message);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    /** Echoes user input safely: control characters are shown as \\uXXXX and long input is cut. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(s.codePointCount(0, s.length()) > 40 ? "...\"" : "\"").toString();
    }
}
