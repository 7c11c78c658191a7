package dev.statuskit.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statuskit.demo.BoomResource;
import dev.statuskit.demo.DemoServer;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.testing.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's status explorer and error pages in headless Chromium: a browser whose language is Simplified
 * Chinese, against the demo server on a loopback port. Skipped, with a message, where Chromium and its
 * driver are not installed ({@code apt-get install chromium chromium-driver}).
 */
class ExplorerBrowserTest {
    static DemoServer demo;
    static ChromeDriver browser;
    /** Where the screenshots go; README.md shows copies of them from docs/. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "Chromium or chromedriver is not installed in /usr/bin: browser tests skipped."
                + " Install them with: apt-get install chromium chromium-driver");
        demo = DemoServer.start("127.0.0.1", 0);
        browser = Browser.start("zh-CN,zh");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    static void open(String path) {
        browser.get(demo.baseUrl() + path);
    }

    static String htmlAttribute(String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Nested
    class TheExplorer {
        @Test
        void showsEveryHttpCodeAndEveryRegisteredCloseCodeInChinese() throws IOException {
            open("");
            assertThat(htmlAttribute("lang")).isEqualTo("zh-CN");
            List<WebElement> httpRows = browser.findElements(By.cssSelector("tr[id^='http-']"));
            assertThat(httpRows).hasSize(HttpStatusRegistry.registered().size()).hasSize(64);
            for (var code : CloseCodeRegistry.registered()) {
                assertThat(browser.findElements(By.id("ws-" + code.code()))).as("row of close code %d", code.code()).hasSize(1);
            }
            assertThat(cell("http-404", 2)).isEqualTo("未找到");
            assertThat(cell("http-501", 2)).isEqualTo("未实现");
            assertThat(cell("ws-1014", 2)).isEqualTo("网关错误");
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("状态码");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            screenshot("explorer-zh-CN.png");
        }

        @Test
        void isRightToLeftInArabic() {
            open("?lang=ar");
            assertThat(htmlAttribute("lang")).isEqualTo("ar");
            assertThat(htmlAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
            assertThat(cell("http-404", 2)).isEqualTo("غير موجود");
        }

        @Test
        void isRightToLeftInHebrew() {
            open("?lang=he");
            assertThat(htmlAttribute("lang")).isEqualTo("he");
            assertThat(htmlAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
            assertThat(cell("http-404", 2)).isEqualTo("לא נמצא");
            assertThat(cell("ws-1000", 2)).isEqualTo("סגירה רגילה");
        }

        @Test
        void isInThaiScriptInThai() {
            open("?lang=th");
            assertThat(htmlAttribute("lang")).isEqualTo("th");
            assertThat(htmlAttribute("dir")).isEqualTo("ltr");
            assertThat(cell("http-404", 2)).isEqualTo("ไม่พบ");
            assertThat(cell("ws-1000", 2)).isEqualTo("การปิดตามปกติ");
            String heading = browser.findElement(By.tagName("h1")).getText();
            assertThat(Scripts.isWrittenIn(heading, Locale.forLanguageTag("th"))).as(heading).isTrue();
        }

        @Test
        void theSwitcherOffersTheTwentyLanguagesAndTurnsThePageRightToLeftForHebrew() {
            open("");
            Select languages = new Select(browser.findElement(By.id("lang")));
            assertThat(languages.getOptions()).hasSize(20);
            assertThat(languages.getOptions()).extracting(WebElement::getText)
                    .contains("Nederlands", "Polski", "Türkçe", "Українська", "Tiếng Việt", "Bahasa Indonesia", "ไทย", "עברית");
            languages.selectByValue("he");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "he".equals(htmlAttribute("lang")));
            assertThat(htmlAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.getCurrentUrl()).endsWith("?lang=he");
        }

        @Test
        void theSwitcherChangesTheLanguage() {
            open("");
            new Select(browser.findElement(By.id("lang"))).selectByValue("ja");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "ja".equals(htmlAttribute("lang")));
            assertThat(cell("http-404", 2)).isEqualTo("見つかりません");
            assertThat(browser.getCurrentUrl()).endsWith("?lang=ja");
        }

        @Test
        void linksEachErrorCodeToItsLivePageAndItsJson() {
            open("");
            WebElement links = browser.findElement(By.cssSelector("#http-404 td:last-child"));
            List<String> hrefs = links.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
            assertThat(hrefs).containsExactly(demo.baseUrl() + "status/404?lang=zh-CN",
                    demo.baseUrl() + "status/404?format=json&lang=zh-CN");
        }
    }

    @Nested
    class ErrorPages {
        @Test
        void aNotFoundPageIsChineseReadableAndLinksToItsJson() throws IOException {
            open("status/404");
            assertThat(htmlAttribute("lang")).isEqualTo("zh-CN");
            assertThat(htmlAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
            assertThat(browser.getTitle()).isEqualTo("404 未找到");
            screenshot("error-404-zh-CN.png");
            browser.findElement(By.cssSelector("a[type='application/problem+json']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("?format=json"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"title\":\"未找到\"").contains("\"status\":404");
        }

        @Test
        void theLinkToTheJsonKeepsTheLanguageChosenInTheQuery() {
            open("status/404?lang=ja");
            assertThat(htmlAttribute("lang")).isEqualTo("ja");
            browser.findElement(By.cssSelector("a[type='application/problem+json']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("status/404?format=json&lang=ja"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"title\":\"見つかりません\"");
        }

        @Test
        void aServerErrorPageIsChineseAndKeepsTheSecret() {
            open("api/boom");
            assertThat(htmlAttribute("lang")).isEqualTo("zh-CN");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("服务器内部错误");
            assertThat(browser.getPageSource()).doesNotContain(BoomResource.SECRET).doesNotContain("IllegalStateException");
            assertThat(browser.findElement(By.tagName("dl")).getText()).contains("错误 ID");
        }

        @Test
        void aHebrewNotFoundPageIsRightToLeft() {
            open("status/404?lang=he");
            assertThat(htmlAttribute("lang")).isEqualTo("he");
            assertThat(htmlAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("לא נמצא");
            assertThat(browser.getTitle()).isEqualTo("404 לא נמצא");
        }

        @Test
        void aThaiNotFoundPageIsInThai() {
            open("status/404?lang=th");
            assertThat(htmlAttribute("lang")).isEqualTo("th");
            assertThat(htmlAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ไม่พบ");
            String detail = browser.findElement(By.cssSelector("main > p:not(.status)")).getText();
            assertThat(Scripts.isWrittenIn(detail, Locale.forLanguageTag("th"))).as(detail).isTrue();
        }

        @Test
        void fitsAPhoneScreenWithoutScrollingSideways() {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 740));
            try {
                open("status/404");
                Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                Long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
                assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
            } finally {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            }
        }
    }

    @Nested
    class TryIt {
        @ParameterizedTest(name = "close {0}: CloseEvent code {0}, classified {1}, hint {2}")
        @CsvSource({
            "1000, 正常关闭, NEVER",
            "4001, 应用程序关闭码, NEVER",
            "1013, 稍后重试, WITH_BACKOFF",
        })
        void aSendableCodeClosesTheBrowsersWebSocketWithThatCodeAndShowsItsClassification(String code, String name,
                String hint) throws IOException {
            open("");
            String result = tryCode(code);
            assertThat(result).contains("code=" + code).contains("wasClean=true")
                    .contains(code + " " + name).contains(hint);
            screenshot("try-" + code + "-zh-CN.png");
        }

        @Test
        void anUnsendableCodeShowsTheServersRejection() {
            open("");
            String result = tryCode("1005");
            assertThat(result).contains("服务器已拒绝: rejected 1005: 未收到状态码");
            assertThat(browser.findElement(By.id("ws-result")).getAttribute("data-close-code")).isEqualTo("1000");
        }

        /** The text directly in the result, outside every bdi: the page's own language and punctuation only. */
        private String textOutsideIsolates() {
            return (String) browser.executeScript("return Array.from(arguments[0].childNodes)"
                    + ".filter(function(n){return n.nodeType === 3;}).map(function(n){return n.textContent;}).join('|');",
                    browser.findElement(By.id("ws-result")));
        }

        private List<String> leftToRightIsolates() {
            return browser.findElements(By.cssSelector("#ws-result > bdi[dir='ltr']")).stream().map(WebElement::getText).toList();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"ar, إغلاق طبيعي, جرّب", "he, סגירה רגילה, ניסיון"})
        void inARightToLeftLanguageTheLatinPartsOfTheResultLineAreIsolated(String tag, String name, String tryText)
                throws IOException {
            open("?lang=" + tag);
            String result = tryCode("1000");
            assertThat(result).contains(name);
            assertThat(leftToRightIsolates()).containsExactly(
                    "code=1000, reason=\"" + tryText + " 1000\", wasClean=true", "1000", "(standard)", "NEVER");
            WebElement reason = browser.findElement(By.cssSelector("#ws-result > bdi[dir='ltr'] > bdi:not([dir])"));
            assertThat(reason.getText()).as("the reason, isolated in its own direction").isEqualTo(tryText + " 1000");
            assertThat(reason.getCssValue("direction")).isEqualTo("rtl");
            assertThat(browser.findElement(By.cssSelector("#ws-result > bdi[dir='ltr']")).getCssValue("direction"))
                    .isEqualTo("ltr");
            assertThat(browser.findElement(By.id("ws-result")).getCssValue("direction")).isEqualTo("rtl");
            assertThat(textOutsideIsolates()).contains(name).doesNotContainPattern("[A-Za-z]");
            screenshot("try-1000-" + tag + ".png");
        }

        @Test
        void inHebrewTheServersLatinRejectionIsIsolatedToo() {
            open("?lang=he");
            String result = tryCode("1005");
            assertThat(result).contains("השרת סירב: rejected 1005: ");
            assertThat(leftToRightIsolates()).startsWith("rejected 1005");
            assertThat(textOutsideIsolates()).contains("השרת סירב").doesNotContainPattern("[A-Za-z]");
        }

        private String tryCode(String code) {
            WebElement output = browser.findElement(By.id("ws-result"));
            WebElement button = browser.findElement(By.cssSelector("button.try[data-code='" + code + "']"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> output.getAttribute("data-close-code") != null);
            return output.getText();
        }
    }

    static String cell(String rowId, int column) {
        return browser.findElement(By.cssSelector("#" + rowId + " td:nth-child(" + column + ")")).getText();
    }
}
