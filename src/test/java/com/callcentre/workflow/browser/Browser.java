package com.callcentre.workflow.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromium-driver. Nothing downloads a
 * browser: without the two packages the browser tests fail and say which packages to install.
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** A new browser with an empty profile, the given language first in Accept-Language. */
    public static Browser open(String baseUrl, String language) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags chromium keeps calling out of this closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1440,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                // Staff see times in the business zone; so does the browser of the tests.
                .withEnvironment(java.util.Map.of("TZ", "Asia/Shanghai")).build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + " not found). Install them with: "
                    + "sudo apt-get install -y --no-install-recommends chromium chromium-driver");
        }
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Forgets every login: the next page asks again. */
    public void forgetLogins() {
        go("/camunda/app/welcome/default/");
        driver.manage().deleteAllCookies();
    }

    public WebElement find(By by) {
        return until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    public boolean present(By by, Duration within) {
        try {
            new WebDriverWait(driver, within).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(by).stream().anyMatch(WebElement::isDisplayed));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    public void click(By by) {
        until(d -> {
            WebElement element = find(by);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** Waits for the condition; on timeout saves the page (screenshot and HTML) to look at. */
    /** Scrolls the element to the top of the window (for a screenshot of what lies below the fold). */
    public void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(by));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                    .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "timeout-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there; the page source is a bonus
            }
            throw new AssertionError("Timed out on " + driver.getCurrentUrl() + " (page saved as "
                    + SCREENSHOTS.resolve(name) + ".png/.html): " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitForText(String text) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Saves the page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
