package dev.tact.app.web;

import dev.tact.app.support.HeadlessChromium;
import dev.tact.app.support.HostSite;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget on somebody else's site, in headless Chromium: a page on a second origin (allowed in
 * {@code TACT_WIDGET_ORIGINS}) with one script tag and hostile CSS gets a working launcher and chat whose looks
 * its CSS cannot touch (nor the widget's the page); a reload keeps the conversation; a site that is not allowed
 * can neither load the modules nor call the API.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetBrowserTest implements TestPropertyProvider {

    /** Styles a careless or hostile site might have: they must not reach into the widget. */
    private static final String HOSTILE_CSS = "* { all: unset; font-size: 40px } button { display: none }"
            + " div { display: none } li { color: red }";

    private final HostSite allowed = new HostSite();
    private final HostSite stranger = new HostSite();

    @Inject
    EmbeddedServer server;

    private WebDriver browser;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("tact.widget.origins", allowed.origin(),
                "datasources.default.url", "jdbc:h2:mem:widget-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @BeforeEach
    void open() {
        String page = "<!DOCTYPE html><html><head><meta charset=utf-8><title>Shop</title><style>" + HOSTILE_CSS
                + "</style></head><body><h1 id=shop>Our shop</h1><script src=\"" + tact() + "widget.js\""
                + " data-tact-title=\"Shop help\" data-tact-lang=\"en\" defer></script></body></html>";
        allowed.serve(page);
        stranger.serve(page);
        browser = HeadlessChromium.open(1000, 900);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    void stopSites() {
        allowed.close();
        stranger.close();
    }

    /** The Tact server as the widget's script tag names it: another origin than the site. */
    private String tact() {
        return "http://localhost:" + server.getPort() + "/";
    }

    private <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private SearchContext widget() {
        return waitUntil(driver -> {
            List<WebElement> hosts = driver.findElements(By.cssSelector("[data-tact-widget]"));
            return hosts.isEmpty() ? null : hosts.get(0).getShadowRoot();
        });
    }

    private WebElement visible(SearchContext root, String css) {
        return waitUntil(driver -> root.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    @Test
    void launcherOpensTheChatOnAnotherSiteAndAReloadKeepsTheConversation() {
        browser.get(allowed.origin() + "/");
        SearchContext widget = widget();
        WebElement launcher = visible(widget, ".widget__launcher");
        assertThat(launcher.getText()).isEqualTo("Shop help");
        assertThat(launcher.getCssValue("font-size")).as("the site's * { font-size: 40px } stays out")
                .isEqualTo("16px");
        launcher.click();

        WebElement input = visible(widget, "#message-input");
        assertThat(visible(widget, ".chat__title").getText()).isEqualTo("Shop help");
        assertThat(Double.parseDouble(visible(widget, "#status").getCssValue("font-size").replace("px", "")))
                .as("the panel's sizes do not follow the site's root font size (40px)").isLessThan(20);
        input.sendKeys("how do I change my PIN?");
        input.sendKeys(Keys.ENTER);
        WebElement answer = visible(widget, ".msg--bot .msg__text");
        assertThat(answer.getText()).isNotBlank();
        String answerText = answer.getText();
        waitUntil(driver -> widget.findElements(By.cssSelector(".msg--customer.msg--pending")).isEmpty());
        assertThat(browser.findElement(By.id("shop")).getCssValue("font-size"))
                .as("the widget's styles stay in its shadow root").isEqualTo("40px");

        browser.navigate().refresh();
        SearchContext again = widget();
        visible(again, ".msg--bot .msg__text");
        assertThat(texts(again, ".msg--customer .msg__text")).containsExactly("how do I change my PIN?");
        assertThat(texts(again, ".msg--bot .msg__text")).containsExactly(answerText);
        assertThat(visible(again, "#message-input").isDisplayed()).as("the panel stays open across the reload")
                .isTrue();
    }

    @Test
    void siteNotAllowedCanNeitherLoadTheModulesNorCallTheApi() {
        browser.get(stranger.origin() + "/");
        waitUntil(driver -> "complete".equals(((JavascriptExecutor) driver)
                .executeScript("return document.readyState")));
        Object imported = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import(arguments[0]).then(() => done('loaded'), () => done('blocked'));",
                tact() + "js/chat.js");
        assertThat(imported).isEqualTo("blocked");
        Object posted = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'},"
                        + " body: '{}'}).then(r => done('answered ' + r.status), () => done('blocked'));",
                tact() + "v1/conversations");
        assertThat(posted).isEqualTo("blocked");
        assertThat(browser.findElements(By.cssSelector("[data-tact-widget]"))).isEmpty();
    }

    private static List<String> texts(SearchContext root, String css) {
        return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
