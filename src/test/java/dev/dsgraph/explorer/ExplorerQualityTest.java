package dev.dsgraph.explorer;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's accessibility (axe-core), speed and size, phone width, and its error pages, in a real headless
 * Chromium. Measured figures go to the log and to {@code target/explorer-screenshots/measurements.txt}.
 */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ExplorerQualityTest extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(ExplorerQualityTest.class);

    @Test
    void shouldHaveNoCriticalOrSeriousAxeViolationsOnTheMainViews() {
        for (String view : List.of(
                "/?concept=vector-clock",
                "/?concept=vector-clock&view=graph",
                "/?from=vector-clock&to=partial-order",
                "/?view=topics")) {
            browser.open(view);
            List<Map<String, Object>> violations = browser.axeViolations();
            LOG.infof("axe-core on %s: %s", view, violations.isEmpty() ? "no violations" : violations);
            assertThat(violations)
                    .as("axe-core critical/serious violations on %s", view)
                    .filteredOn(v -> List.of("critical", "serious").contains(v.get("impact")))
                    .isEmpty();
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
        // a service in use: its JIT and Neo4j warmed up on another concept; then a browser with an empty cache opens
        // a concept no one asked for yet, so the service's read cache does not have it either
        browser.open("/?concept=vector-clock");
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.open("/?concept=consistent-hashing");
        long coldShownMs = mark("view-rendered");
        long coldCompleteMs = mark("view-complete");
        long firstViewBytes = transferred();
        String breakdown = (String) browser.js("""
                const nav = performance.getEntriesByType('navigation')[0];
                const api = performance.getEntriesByType('resource').filter(e => e.name.includes('/api/v1/'));
                const slowest = api.reduce((a, e) => e.duration > a.duration ? e : a, {duration: 0, name: ''});
                return `page and scripts ready at ${Math.round(nav.domContentLoadedEventEnd)} ms, ${api.length} API `
                  + `calls, slowest ${Math.round(slowest.duration)} ms (${slowest.name.split('/api/v1')[1]})`;""");

        long worstSwitchShownMs = 0;
        long worstSwitchCompleteMs = 0;
        for (int i = 0; i < 3; i++) {
            browser.all(".relations li > a").get(i).click();
            browser.waitReady();
            worstSwitchShownMs = Math.max(worstSwitchShownMs, sinceNavigate("view-rendered"));
            worstSwitchCompleteMs = Math.max(worstSwitchCompleteMs, sinceNavigate("view-complete"));
            browser.driver.navigate().back();
            browser.waitReady();
        }

        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.open("/?concept=consistent-hashing&view=graph");
        long graphFirstViewBytes = transferred();

        String report = String.format(
                "cold navigation to concept view: concept shown %d ms, every section loaded %d ms"
                        + " (%s)%nworst of 3 concept switches: concept shown %d ms, every section loaded %d ms%n"
                        + "bytes transferred for the concept view, cold: %d%nbytes transferred for the graph view, cold: %d%n",
                coldShownMs,
                coldCompleteMs,
                breakdown,
                worstSwitchShownMs,
                worstSwitchCompleteMs,
                firstViewBytes,
                graphFirstViewBytes);
        LOG.info(report);
        Files.createDirectories(Browser.SHOTS);
        Files.writeString(Browser.SHOTS.resolve("measurements.txt"), report);
        assertThat(firstViewBytes).isLessThanOrEqualTo(600 * 1024);
        assertThat(graphFirstViewBytes).isLessThanOrEqualTo(600 * 1024);
        // targets are 1 s and 300 ms on an idle machine; the suite shares 2 cores with Neo4j and Quarkus, so a margin
        assertThat(coldShownMs).isLessThan(3000);
        assertThat(worstSwitchShownMs).isLessThan(1000);
    }

    /** When the page's last performance mark of that name was made, in ms since the page's navigation started. */
    private long mark(String name) {
        return Math.round(
                ((Number) browser.js("return performance.getEntriesByName(arguments[0]).at(-1).startTime", name))
                        .doubleValue());
    }

    /** Milliseconds from the last in-page navigation (a click on a link) to the last mark of that name. */
    private long sinceNavigate(String name) {
        return mark(name) - mark("navigate");
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
        assertThat(browser.find("[role=alert]").getText())
                .contains("cannot reach its database")
                .contains("Try again");
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
