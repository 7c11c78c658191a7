package dev.statuskit.demo;

import dev.statuskit.i18n.CloseCode;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.HttpStatus;
import dev.statuskit.i18n.HttpStatusClass;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.CloseCodeInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.owasp.encoder.Encode;

/**
 * Renders the status explorer: the two registries as tables in one language, with links to live error
 * answers and a "try it" control per close code. One page per locale, rendered once and kept.
 */
final class ExplorerPage {
    /** Each language's name in that language, for the switcher, which lists them in the catalog's order. */
    private static final Map<String, String> NATIVE_NAMES = Map.ofEntries(
            Map.entry("en", "English"), Map.entry("zh-CN", "简体中文"), Map.entry("zh-TW", "繁體中文"),
            Map.entry("ja", "日本語"), Map.entry("ko", "한국어"), Map.entry("de", "Deutsch"),
            Map.entry("fr", "Français"), Map.entry("es", "Español"), Map.entry("pt-BR", "Português (Brasil)"),
            Map.entry("ru", "Русский"), Map.entry("it", "Italiano"), Map.entry("ar", "العربية"),
            Map.entry("nl", "Nederlands"), Map.entry("pl", "Polski"), Map.entry("tr", "Türkçe"),
            Map.entry("uk", "Українська"), Map.entry("vi", "Tiếng Việt"), Map.entry("id", "Bahasa Indonesia"),
            Map.entry("th", "ไทย"), Map.entry("he", "עברית"));

    /** A row of the WebSocket table: a registered code, or a range shown with the code its button tries. */
    private static final class WsRow {
        final String label;
        final int code;

        WsRow(String label, int code) {
            this.label = label;
            this.code = code;
        }
    }

    private static final String CSS = String.join("\n",
            ":root{--fg:#1d2430;--muted:#5b6472;--line:#d9dee6;--accent:#0b5fff;--bg:#fff;--soft:#f5f7fa}",
            "*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;color:var(--fg);background:var(--bg)}",
            "header,main{max-width:72rem;margin:0 auto;padding:1rem}header{border-bottom:1px solid var(--line)}",
            "h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:1.5rem 0 .25rem}",
            "p.class{color:var(--muted);margin:.1rem 0 .5rem}",
            "form{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}select,button{font:inherit;padding:.25rem .5rem}",
            "table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}caption{text-align:start;color:var(--muted)}",
            "th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:start;vertical-align:top}",
            "th{background:var(--soft);font-weight:600}td.code{font-variant-numeric:tabular-nums;font-weight:600;white-space:nowrap}",
            "a{color:var(--accent)}button.try{cursor:pointer}",
            "output{display:block;white-space:pre-wrap;background:var(--soft);border:1px solid var(--line);padding:.5rem;min-height:2.5rem;margin:.5rem 0;position:sticky;bottom:0;z-index:1;box-shadow:0 -2px 6px rgba(0,0,0,.08)}",
            "output:empty{display:none}",
            ".en{color:var(--muted)}",
            "@media (max-width:40rem){th.wide,td.wide{display:none}}");

    /*
     * The result lines mix the page's language with Latin protocol text (code=1000, reason="...", NEVER,
     * "rejected 1005"). Each line is a list of parts: a string is text in the page's language; ltr(...) is a
     * <bdi dir="ltr"> and iso(...) a <bdi> that takes its direction from its own text, so that in Arabic or Hebrew
     * the Latin runs and the reason (in whatever language) keep their order instead of being reordered with
     * the line around them.
     */
    private static final String SCRIPT = String.join("\n",
            "(function(){",
            "var data=JSON.parse(document.getElementById('ws-data').textContent);",
            "var out=document.getElementById('ws-result');",
            "function describe(code){var c=data.codes[code]||data.categories[data.categoryOf(code)];return c;}",
            "data.categoryOf=function(code){if(code<1000||code>4999)return 'invalid';if(code>=4000)return 'private';if(code>=3000)return 'library';return 'reserved';};",
            "function ltr(){return {dir:'ltr',parts:Array.prototype.slice.call(arguments)};}",
            "function iso(){return {parts:Array.prototype.slice.call(arguments)};}",
            "function append(parent,part){if(typeof part==='string'){parent.appendChild(document.createTextNode(part));return;}",
            "var bdi=document.createElement('bdi');if(part.dir){bdi.setAttribute('dir',part.dir);}",
            "part.parts.forEach(function(p){append(bdi,p);});parent.appendChild(bdi);}",
            "function show(lines){out.textContent='';lines.forEach(function(line,i){if(i>0){out.appendChild(document.createTextNode('\\n'));}",
            "line.forEach(function(part){append(out,part);});});}",
            "function rejection(text){var colon=text.indexOf(': ');",
            "return colon<0?[data.t.rejected+': ',ltr(text)]:[data.t.rejected+': ',ltr(text.substring(0,colon)),': ',iso(text.substring(colon+2))];}",
            "document.querySelectorAll('button.try').forEach(function(button){button.addEventListener('click',function(){",
            "var code=button.getAttribute('data-code');var lines=[[data.t.waiting]];show(lines);",
            "var ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'/ws/echo');",
            "ws.onopen=function(){ws.send('close '+code+' '+data.t.reason+' '+code);};",
            "ws.onmessage=function(e){if(String(e.data).indexOf('rejected ')===0){lines=[rejection(String(e.data))];show(lines);out.setAttribute('data-rejected',code);ws.close(1000);}};",
            "ws.onclose=function(e){var c=describe(e.code);",
            "var result=[[data.t.closeEvent+': ',ltr('code='+e.code+', reason=\"',iso(e.reason),'\", wasClean='+e.wasClean)]];",
            "if(c){result.push([data.t.classification+': ',ltr(String(e.code)),' '+c.name+' ',ltr('('+c.category+')')]);",
            "result.push([data.t.hint+': ',ltr(c.hint),' · '+c.advice]);}",
            "if(out.getAttribute('data-rejected')===code){result=lines.concat(result);out.removeAttribute('data-rejected');}",
            "out.setAttribute('data-close-code',e.code);show(result);};",
            "});});",
            "})();");

    private final StatusCatalog catalog;
    private final CloseClassifier classifier;

    ExplorerPage(StatusCatalog catalog, CloseClassifier classifier) {
        this.catalog = catalog;
        this.classifier = classifier;
    }

    /** The whole page in a locale, as UTF-8. */
    byte[] render(Locale locale) {
        StringBuilder html = new StringBuilder(200_000);
        String tag = locale.toLanguageTag();
        html.append("<!doctype html>\n<html lang=\"").append(Encode.forHtmlAttribute(tag)).append("\" dir=\"")
                .append(StatusCatalog.isRightToLeft(locale) ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>StatusKit · ")
                .append(t("explorer.title", locale)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        header(html, locale);
        html.append("<main>\n");
        httpSection(html, locale);
        wsSection(html, locale);
        html.append("</main>\n<script type=\"application/json\" id=\"ws-data\">").append(wsData(locale)).append("</script>\n")
                .append("<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void header(StringBuilder html, Locale locale) {
        html.append("<header>\n<h1>").append(t("explorer.title", locale)).append("</h1>\n<p>")
                .append(t("explorer.intro", locale)).append("</p>\n")
                .append("<form method=\"get\" action=\"/\">\n<label for=\"lang\">").append(t("explorer.language", locale))
                .append("</label>\n<select id=\"lang\" name=\"lang\" onchange=\"this.form.submit()\">\n");
        for (Locale supported : catalog.supportedLocales()) {
            String tag = supported.toLanguageTag();
            html.append("<option value=\"").append(Encode.forHtmlAttribute(tag)).append('"')
                    .append(supported.equals(locale) ? " selected" : "").append(" lang=\"").append(Encode.forHtmlAttribute(tag))
                    .append("\">").append(Encode.forHtml(NATIVE_NAMES.getOrDefault(tag, tag))).append("</option>\n");
        }
        html.append("</select>\n<button type=\"submit\">").append(t("explorer.show", locale)).append("</button>\n</form>\n")
                .append("<noscript><p>").append(t("explorer.noscript", locale)).append("</p></noscript>\n</header>\n");
    }

    private void httpSection(StringBuilder html, Locale locale) {
        html.append("<section aria-labelledby=\"http\">\n<h2 id=\"http\">").append(t("explorer.http.heading", locale)).append("</h2>\n");
        for (HttpStatusClass statusClass : HttpStatusClass.values()) {
            LocalizedText classText = catalog.httpClass(statusClass, locale);
            html.append("<h3 id=\"class-").append(statusClass.label()).append("\">").append(statusClass.label()).append(" · ")
                    .append(Encode.forHtml(classText.title())).append("</h3>\n<p class=\"class\">")
                    .append(Encode.forHtml(classText.description())).append("</p>\n<table>\n<thead><tr>")
                    .append(th("explorer.col.code", locale, "")).append(th("explorer.col.title", locale, ""))
                    .append(th("explorer.col.description", locale, "")).append(th("explorer.col.english", locale, " class=\"wide\""))
                    .append(th("explorer.col.reference", locale, " class=\"wide\"")).append(th("explorer.col.live", locale, ""))
                    .append("</tr></thead>\n<tbody>\n");
            for (HttpStatus status : HttpStatusRegistry.registered()) {
                if (status.statusClass() != statusClass) {
                    continue;
                }
                LocalizedText text = catalog.http(status.code(), locale);
                html.append("<tr id=\"http-").append(status.code()).append("\"><td class=\"code\">").append(status.code())
                        .append("</td><td>").append(Encode.forHtml(text.title())).append("</td><td>")
                        .append(Encode.forHtml(text.description())).append("</td><td class=\"wide en\" lang=\"en\">")
                        .append(Encode.forHtml(status.reasonPhrase())).append("</td><td class=\"wide\">")
                        .append(Encode.forHtml(status.reference())).append("</td><td>");
                if (statusClass.isError()) {
                    String lang = Encode.forUriComponent(locale.toLanguageTag());
                    html.append("<a href=\"/status/").append(status.code()).append("?lang=").append(lang).append("\">")
                            .append(t("explorer.link.page", locale)).append("</a> · <a href=\"/status/").append(status.code())
                            .append("?format=json&amp;lang=").append(lang).append("\">").append(t("explorer.link.json", locale))
                            .append("</a>");
                } else {
                    html.append("—");
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    private void wsSection(StringBuilder html, Locale locale) {
        html.append("<section aria-labelledby=\"ws\">\n<h2 id=\"ws\">").append(t("explorer.ws.heading", locale)).append("</h2>\n<p>")
                .append(t("explorer.ws.note", locale)).append("</p>\n");
        wsTable(html, locale, "explorer.ws.protocol", protocolRows());
        wsTable(html, locale, "explorer.ws.library", rangeRows(3000, 3999, 3001));
        wsTable(html, locale, "explorer.ws.private", List.of(new WsRow("4000-4999", 4001)));
        // Last in the section and sticky, so the result stays in view whichever row's button was pressed.
        html.append("<output id=\"ws-result\" aria-live=\"polite\" aria-label=\"").append(t("explorer.result.heading", locale))
                .append("\"></output>\n</section>\n");
    }

    private static List<WsRow> protocolRows() {
        List<WsRow> rows = new ArrayList<>();
        for (CloseCode code : CloseCodeRegistry.registered()) {
            if (code.code() < 3000) {
                rows.add(new WsRow(Integer.toString(code.code()), code.code()));
            }
        }
        rows.add(new WsRow("1016-2999", 1016));
        return rows;
    }

    private static List<WsRow> rangeRows(int from, int to, int example) {
        List<WsRow> rows = new ArrayList<>();
        for (CloseCode code : CloseCodeRegistry.registered()) {
            if (code.code() >= from && code.code() <= to) {
                rows.add(new WsRow(Integer.toString(code.code()), code.code()));
            }
        }
        rows.add(new WsRow(from + "-" + to, example));
        return rows;
    }

    private void wsTable(StringBuilder html, Locale locale, String captionKey, List<WsRow> rows) {
        html.append("<h3>").append(t(captionKey, locale)).append("</h3>\n<table>\n<thead><tr>")
                .append(th("explorer.col.code", locale, "")).append(th("explorer.col.title", locale, ""))
                .append(th("explorer.col.description", locale, "")).append(th("explorer.col.english", locale, " class=\"wide\""))
                .append(th("explorer.col.reference", locale, " class=\"wide\"")).append(th("explorer.col.try", locale, ""))
                .append("</tr></thead>\n<tbody>\n");
        for (WsRow row : rows) {
            CloseCode code = CloseCodeRegistry.lookup(row.code);
            boolean range = row.label.indexOf('-') > 0;
            LocalizedText text = range ? catalog.closeCodeCategory(code.category(), locale) : catalog.closeCode(row.code, locale);
            html.append("<tr id=\"ws-").append(Encode.forHtmlAttribute(row.label)).append("\"><td class=\"code\">")
                    .append(Encode.forHtml(row.label)).append("</td><td>").append(Encode.forHtml(text.title()))
                    .append("</td><td>").append(Encode.forHtml(text.description())).append("</td><td class=\"wide en\" lang=\"en\">")
                    .append(Encode.forHtml(code.meaning())).append("</td><td class=\"wide\">").append(Encode.forHtml(code.reference()))
                    .append("</td><td><button type=\"button\" class=\"try\" data-code=\"").append(row.code).append("\" aria-label=\"")
                    .append(t("explorer.try", locale)).append(' ').append(row.code).append("\">").append(t("explorer.try", locale))
                    .append(range ? " " + row.code : "").append("</button> <small>")
                    .append(t(code.mayBeSent() ? "explorer.ws.sendable" : "explorer.ws.notSendable", locale))
                    .append("</small></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The classification of every code the page can show, for the "try it" script. */
    private String wsData(Locale locale) {
        StringBuilder json = new StringBuilder(8192).append("{\"codes\":{");
        String separator = "";
        List<Integer> codes = new ArrayList<>();
        CloseCodeRegistry.registered().forEach(c -> codes.add(c.code()));
        codes.addAll(List.of(1016, 3001, 4001));
        for (int code : codes) {
            json.append(separator).append('"').append(code).append("\":");
            info(json, classifier.classify(code, locale), locale);
            separator = ",";
        }
        json.append("},\"categories\":{");
        separator = "";
        for (int code : new int[] {1016, 3001, 4001, 5000}) {
            CloseCodeInfo info = classifier.classify(code, locale);
            json.append(separator).append('"').append(info.category().id()).append("\":");
            info(json, info, locale);
            separator = ",";
        }
        json.append("},\"t\":{");
        String[][] texts = {{"waiting", "explorer.result.waiting"}, {"closeEvent", "explorer.result.closeEvent"},
            {"classification", "explorer.result.classification"}, {"hint", "explorer.result.hint"},
            {"rejected", "explorer.result.rejected"}, {"reason", "explorer.try"}};
        separator = "";
        for (String[] text : texts) {
            json.append(separator).append('"').append(text[0]).append("\":");
            jsonString(json, catalog.text(text[1], locale).orElse(text[1]));
            separator = ",";
        }
        return json.append("}}").toString();
    }

    private void info(StringBuilder json, CloseCodeInfo info, Locale locale) {
        json.append("{\"name\":");
        jsonString(json, info.name());
        json.append(",\"category\":");
        jsonString(json, info.category().id());
        json.append(",\"hint\":");
        jsonString(json, info.reconnectHint().name());
        json.append(",\"advice\":");
        String hintKey;
        switch (info.reconnectHint()) {
            case NEVER: hintKey = "explorer.hint.never"; break;
            case IMMEDIATELY: hintKey = "explorer.hint.immediately"; break;
            case AFTER_RANDOM_DELAY: hintKey = "explorer.hint.randomized"; break;
            default: hintKey = "explorer.hint.backoff";
        }
        jsonString(json, catalog.text(hintKey, locale).orElse(hintKey));
        json.append('}');
    }

    /** A JSON string that is also safe inside a script element: no raw {@code <}, {@code >} or {@code &}. */
    static void jsonString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private String th(String key, Locale locale, String attributes) {
        return "<th scope=\"col\"" + attributes + ">" + t(key, locale) + "</th>";
    }

    /** A UI text, HTML-escaped. */
    private String t(String key, Locale locale) {
        return Encode.forHtml(catalog.text(key, locale).orElse(key));
    }
}
