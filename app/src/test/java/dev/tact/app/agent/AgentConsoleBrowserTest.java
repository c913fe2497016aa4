package dev.tact.app.agent;

import dev.tact.app.support.ApiClient;
import dev.tact.app.support.HeadlessChromium;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agent console in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): login, the live
 * queue, claim, reply, resolve; customer text stays text. Skipped where Chromium is not installed.
 */
@MicronautTest
@Property(name = "tact.admin-password", value = AgentConsoleBrowserTest.ADMIN_PASSWORD)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:agent-console-test;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AgentConsoleBrowserTest {

    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final String XSS = "I want to talk to a person <img src=x onerror=\"window.__xss=1\">"
            + "<script>window.__xss=2</script>";

    @Inject
    EmbeddedServer server;

    private WebDriver browser;
    private ApiClient api;

    @BeforeEach
    void open() {
        browser = HeadlessChromium.open(1400, 900);
        api = new ApiClient(server.getURI());
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement waitFor(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> driver.findElements(selector).stream().filter(WebElement::isDisplayed).findFirst()
                        .orElse(null));
    }

    /** With {@code -Dtact.test.screenshots=true}, keeps a PNG of the page under target/screenshots to look at. */
    private void screenshot(String name) {
        if (Boolean.getBoolean("tact.test.screenshots")) {
            try {
                Path target = Path.of("target", "screenshots", name + ".png");
                Files.createDirectories(target.getParent());
                Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void agentLogsInClaimsRepliesAndResolvesAndCustomerTextStaysText() {
        String admin = api.login("admin", ADMIN_PASSWORD);
        assertThat(api.post("/v1/admin/users", admin, ApiClient.json(Map.of("username", "ada",
                "password", "agent-password-1", "roles", List.of("agent"))))
                .status()).isEqualTo(201);
        var customer = api.create("Mallory");
        assertThat(api.say(customer, XSS).body().get("state").asText()).isEqualTo("queued");

        browser.get(server.getURI().resolve("/agent").toString());
        waitFor(By.id("login-username")).sendKeys("ada");
        browser.findElement(By.id("login-password")).sendKeys("agent-password-1");
        browser.findElement(By.id("login-button")).click();

        WebElement item = waitFor(By.cssSelector("#queue .queue__item"));
        assertThat(item.findElement(By.className("queue__preview")).getText()).isEqualTo(XSS);
        assertThat(item.getText()).contains("human_request");
        assertThat(browser.findElements(By.cssSelector("#queue img, #queue script"))).isEmpty();
        screenshot("console-queue");

        item.findElement(By.className("claim")).click();
        WebElement line = waitFor(By.cssSelector("#transcript .line[data-role=customer]"));
        assertThat(line.getText()).contains(XSS);
        assertThat(browser.findElements(By.cssSelector("#transcript img, #transcript script"))).isEmpty();
        assertThat(browser.findElement(By.id("summary-wants")).getText()).contains("talk to a person");
        assertThat(browser.findElement(By.id("reasons")).getText()).contains("threshold");

        screenshot("console-claimed");
        api.say(customer, "hello? <b>still</b> there");
        waitFor(By.xpath("//li[@data-role='customer'][contains(., 'hello? <b>still</b> there')]"));

        WebElement editor = browser.findElement(By.id("editor"));
        editor.sendKeys("Hi Mallory, I am on it.");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.history(customer).body().get("messages").toString()
                .contains("Hi Mallory, I am on it."));

        browser.findElement(By.id("resolve-bot")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.history(customer).body().get("state").asText().equals("bot"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
    }
}
