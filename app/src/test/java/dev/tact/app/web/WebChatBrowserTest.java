package dev.tact.app.web;

import dev.tact.app.support.HeadlessChromium;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer chat page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; with
 * {@code CI} set a missing browser fails the test): an off-topic question is declined with a "Talk to a person"
 * button, and one tap on it puts the customer in line, told where they stand.
 */
@MicronautTest
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:web-chat-browser-test;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WebChatBrowserTest {


    @Inject
    EmbeddedServer server;

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = HeadlessChromium.open(900, 900);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement waitFor(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(selector).stream().filter(WebElement::isDisplayed).findFirst()
                        .orElse(null));
    }

    @Test
    void offTopicQuestionIsDeclinedAndOneTapOnTheOfferQueuesTheCustomer() {
        browser.get(server.getURI().resolve("/").toString());
        WebElement input = waitFor(By.id("message-input"));
        input.sendKeys("what's the weather like in Rome today");
        input.sendKeys(Keys.ENTER);

        WebElement offer = waitFor(By.cssSelector(".msg--bot .msg__choice"));
        assertThat(offer.getText()).isEqualTo("Talk to a person");
        assertThat(browser.findElement(By.cssSelector(".msg--bot .msg__text")).getText())
                .contains("can't help with that");
        offer.click();

        waitFor(By.xpath("//li[contains(@class,'msg--customer')][contains(., 'Talk to a person')]"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver ->
                driver.findElement(By.id("status")).getText().contains("in line"));
        List<WebElement> leftOver = browser.findElements(By.cssSelector(".msg__choice"));
        assertThat(leftOver).as("choices are retired once the customer answers").isEmpty();
    }
}
