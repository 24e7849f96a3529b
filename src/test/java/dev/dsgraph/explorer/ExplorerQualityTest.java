package dev.dsgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The explorer's accessibility (axe-core), speed and size, phone width, and its error pages, in a real headless
 * Chromium. Measured figures go to the log and to {@code target/explorer-screenshots/measurements.txt}.
 */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ExplorerQualityTest {

    private static final Logger LOG = Logger.getLogger(ExplorerQualityTest.class);

    @TestHTTPResource("/")
    URL root;

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(root);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldHaveNoCriticalOrSeriousAxeViolationsOnTheMainViews() {
        for (String view : List.of("/?concept=vector-clock", "/?concept=vector-clock&view=graph",
                "/?from=vector-clock&to=partial-order", "/?view=topics")) {
            browser.open(view);
            List<Map<String, Object>> violations = browser.axeViolations();
            LOG.infof("axe-core on %s: %s", view, violations.isEmpty() ? "no violations" : violations);
            assertThat(violations).as("axe-core critical/serious violations on %s", view)
                    .filteredOn(v -> List.of("critical", "serious").contains(v.get("impact"))).isEmpty();
        }
        browser.open("/?concept=vector-clock");
        browser.screenshot("concept");
        browser.open("/?from=vector-clock&to=partial-order");
        browser.screenshot("paths");
        browser.open("/?view=topics");
        browser.screenshot("topics");
    }

    @Test
    void shouldRenderFastAndStaySmall() throws IOException {
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.open("/?concept=consistent-hashing");
        long coldMs = Math.round(((Number) browser.js(
                "return performance.getEntriesByName('view-rendered')[0].startTime")).doubleValue());
        long firstViewBytes = transferred();

        long worstSwitchMs = 0;
        for (int i = 0; i < 3; i++) {
            browser.all(".relations li > a").get(i).click();
            browser.waitReady();
            long ms = Math.round(((Number) browser.js("""
                    const nav = performance.getEntriesByName('navigate').at(-1);
                    const done = performance.getEntriesByName('view-rendered').at(-1);
                    return done.startTime - nav.startTime;""")).doubleValue());
            worstSwitchMs = Math.max(worstSwitchMs, ms);
            browser.driver.navigate().back();
            browser.waitReady();
        }

        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.open("/?concept=consistent-hashing&view=graph");
        long graphFirstViewBytes = transferred();

        String report = String.format("cold navigation to concept view rendered: %d ms%nworst concept switch: %d ms%n"
                + "bytes transferred for the concept view, cold: %d%nbytes transferred for the graph view, cold: %d%n",
                coldMs, worstSwitchMs, firstViewBytes, graphFirstViewBytes);
        LOG.info(report);
        Files.createDirectories(Browser.SHOTS);
        Files.writeString(Browser.SHOTS.resolve("measurements.txt"), report);
        assertThat(firstViewBytes).isLessThanOrEqualTo(600 * 1024);
        assertThat(graphFirstViewBytes).isLessThanOrEqualTo(600 * 1024);
        // targets are 1 s and 300 ms on an idle machine; the suite shares 2 cores with Neo4j and Quarkus, so a margin
        assertThat(coldMs).isLessThan(3000);
        assertThat(worstSwitchMs).isLessThan(1000);
    }

    private long transferred() {
        return ((Number) browser.js("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                  .reduce((sum, e) => sum + e.transferSize, 0);""")).longValue();
    }

    @Test
    void shouldFitAPhoneScreen() {
        browser.windowWidth(390, 844);
        browser.open("/?concept=vector-clock");
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .isLessThanOrEqualTo(0);
        assertThat(browser.find("#search").isDisplayed()).isTrue();
        browser.screenshot("concept-phone");
        browser.open("/?concept=vector-clock&view=graph");
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .isLessThanOrEqualTo(0);
        browser.screenshot("graph-phone");
    }

    @Test
    void shouldExplainKindlyWhenTheDatabaseIsUnreachable() {
        failConceptRequestsWith("Promise.resolve(new Response(JSON.stringify({title: 'Service Unavailable', "
                + "status: 503, detail: 'Neo4j cannot be reached'}), {status: 503, "
                + "headers: {'Content-Type': 'application/problem+json'}}))");
        browser.open("/?concept=vector-clock");
        assertThat(browser.heading()).isEqualTo("The knowledge graph is unavailable right now");
        assertThat(browser.find("[role=alert]").getText()).contains("cannot reach its database").contains("Try again");
        browser.screenshot("error-503");
    }

    @Test
    void shouldExplainKindlyWhenTheNetworkFails() {
        failConceptRequestsWith("Promise.reject(new TypeError('Failed to fetch'))");
        browser.open("/?concept=vector-clock");
        assertThat(browser.heading()).isEqualTo("Cannot reach the service");
        assertThat(browser.find("[role=alert]").getText()).contains("Check that you are online");
    }

    @Test
    void shouldLinkTheApiForProgramsInTheFooter() {
        browser.open("/");
        assertThat(browser.find("footer a[href='/q/swagger-ui']").getText()).isEqualTo("Swagger UI");
        assertThat(browser.find("footer a[href='/q/openapi']").getText()).isEqualTo("OpenAPI spec");
    }

    /** Makes the page's fetch of a concept answer with {@code outcome} (a JS promise), before any page script runs. */
    private void failConceptRequestsWith(String outcome) {
        browser.cdp("Page.enable", Map.of());
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const realFetch = window.fetch;
                window.fetch = (url, init) => String(url).startsWith('/api/v1/concepts/') ? %s : realFetch(url, init);
                """.formatted(outcome)));
    }
}
