package org.compactdpa.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver (both installed by .ci/run), with
 * the flags this machine's closed network needs. Nothing is downloaded at test time.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("compact.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("compact.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path screenshots;
    private final Path profile;

    Browser(Path screenshots) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): sudo apt-get install chromium chromium-driver");
        }
        this.screenshots = Files.createDirectories(screenshots);
        this.profile = Files.createTempDirectory("compact-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    String text(String css) {
        return find(css).getText();
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Signs in on Keycloak's own login page, reached by following the portal's "Sign in". */
    void signIn(String portal, String username, String password) {
        signOut();
        open(portal + "/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        click("#kc-login");
        waitFor().until(ExpectedConditions.urlContains(portal));
    }

    /** Forgets every session, the portal's and Keycloak's (whatever their paths). */
    void signOut() {
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * What an assistive technology needs of the current page: a language, a main landmark, one h1,
     * and a label (or aria-label) for every control. Answers the problems found; empty when none.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> accessibilityProblems() {
        return (java.util.List<String>) driver.executeScript("""
                const problems = [];
                if (!document.documentElement.lang) problems.push('no lang on <html>');
                if (!document.querySelector('main')) problems.push('no <main>');
                if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one <h1>');
                for (const e of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
                  if (!(e.labels && e.labels.length) && !e.getAttribute('aria-label')) {
                    problems.push('no label for ' + (e.name || e.id || e.outerHTML));
                  }
                }
                for (const img of document.querySelectorAll('img:not([alt])')) problems.push('image without alt');
                return problems;
                """);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
