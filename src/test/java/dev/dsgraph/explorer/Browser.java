package dev.dsgraph.explorer;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for the explorer's tests, with
 * waits on what the page shows, axe-core, screenshots under {@code target/explorer-screenshots} and Chromium's
 * DevTools protocol. Tests that need it skip, saying why, when no chromium or chromedriver binary is installed.
 */
final class Browser implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "explorer-screenshots");
    private static final List<String> CHROMIUM =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    final ChromeDriver driver;
    final String root;
    private final Path profile;

    private Browser(ChromeDriver driver, String root, Path profile) {
        this.driver = driver;
        this.root = root;
        this.profile = profile;
    }

    /** Starts Chromium with a fresh profile, or skips the calling test when no browser is installed. */
    static Browser start(URL root) {
        Optional<String> chromium = firstExisting(CHROMIUM, "kg.test.chromium");
        Optional<String> chromedriver = firstExisting(DRIVER, "kg.test.chromedriver");
        assumeTrue(
                chromium.isPresent() && chromedriver.isPresent(),
                "Explorer browser tests skipped: no chromium/chromedriver binary found (install Debian's chromium and"
                        + " chromium-driver, as .ci/run does with apt-get)");
        try {
            Path profile = Files.createTempDirectory("kg-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(chromedriver.get()).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            String base = root.toString().replaceAll("/$", "");
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> firstExisting(List<String> candidates, String property) {
        return Stream.concat(Stream.ofNullable(System.getProperty(property)), candidates.stream())
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst();
    }

    /** Opens an explorer URL such as {@code /?concept=vector-clock} and waits for its view to be shown. */
    Browser open(String pathAndQuery) {
        driver.get(root + pathAndQuery);
        return waitReady();
    }

    /** Waits until the current view has finished loading. */
    Browser waitReady() {
        waitUntil(d -> "ready".equals(find("#view").getDomAttribute("data-state"))
                && driver.getCurrentUrl()
                        .endsWith(Optional.ofNullable(find("#view").getDomAttribute("data-url"))
                                .filter(u -> !u.isEmpty())
                                .orElse("/")));
        return this;
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(RuntimeException.class)
                .until(condition);
    }

    /** Waits until the page's main heading reads {@code text}, and returns it. */
    String waitHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), text));
        waitReady();
        return heading();
    }

    String heading() {
        return find("#view h1").getText();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement visible(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Saves a PNG of what the browser shows as {@code target/explorer-screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void windowWidth(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Runs axe-core (from the test resources, never served by the app) and returns its violations. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations() {
        js(resource("/explorer/axe.min.js"));
        String json = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations.map(v =>
                  ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))));
                """);
        return (List<Map<String, Object>>) js("return JSON.parse(arguments[0])", json);
    }

    /** Calls a Chromium DevTools protocol method. */
    Map<String, Object> cdp(String method, Map<String, Object> params) {
        return driver.executeCdpCommand(method, params);
    }

    static String resource(String name) {
        try (InputStream in = Browser.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
