package dev.tact.app.support;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, for the page tests. With {@code CI} set (as
 * {@code .ci/run} runs, having installed both) a missing browser fails the test; elsewhere it skips it.
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static WebDriver open(int width, int height) {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (System.getenv("CI") != null) {
            assertThat(installed).as("chromium and chromium-driver are installed").isTrue();
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
    }
}
