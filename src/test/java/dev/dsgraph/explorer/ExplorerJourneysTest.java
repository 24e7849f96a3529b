package dev.dsgraph.explorer;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a learner does in the explorer at {@code /}, in a real headless Chromium, checked by what the page shows. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ExplorerJourneysTest extends BrowserTest {

    @Test
    void shouldFindAMisspelledConceptThroughTheAutocompleteWithTheKeyboard() {
        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Explore distributed systems");
        WebElement search = browser.find("#search");
        search.sendKeys("vectr clok");
        WebElement option = browser.visible("#search-list li[role=option]");
        assertThat(option.getText()).contains("Vector clock");
        assertThat(search.getDomAttribute("aria-expanded")).isEqualTo("true");
        browser.screenshot("search-autocomplete");

        search.sendKeys(Keys.ARROW_DOWN);
        assertThat(search.getDomAttribute("aria-activedescendant")).isEqualTo("search-list-0");
        search.sendKeys(Keys.ENTER);

        assertThat(browser.waitHeading("Vector clock")).isEqualTo("Vector clock");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/?concept=vector-clock");
    }

    @Test
    void shouldSaySoWhenTheSearchFindsNothing() {
        browser.open("/");
        WebElement search = browser.find("#search");
        search.sendKeys("zzqqxxy");
        assertThat(browser.visible(".suggest .empty").getText()).isEqualTo("No result for “zzqqxxy”");
        search.sendKeys(Keys.ESCAPE);
        assertThat(browser.find(".suggest").isDisplayed()).isFalse();
    }

    @Test
    void shouldShowRelationsWithReasonsAndFollowOneToItsInverse() {
        browser.open("/?concept=vector-clock");
        WebElement group = browser.find(".relations .group[data-type=IMPLEMENTS]");
        assertThat(group.findElement(By.tagName("h3")).getText()).isEqualTo("Vector clock implements");
        assertThat(group.getText()).contains("Causality").contains("comparing two vectors tells exactly");
        assertThat(browser.find(".relations .group[data-type=PREREQUISITE_OF]").getText())
                .startsWith("Vector clock requires")
                .contains("Lamport timestamp");
        assertThat(browser.find(".related").getText()).contains("Why:").contains("Lamport timestamp");
        assertThat(browser.find(".topics").getText()).contains("Causality");

        group.findElement(By.linkText("Causality")).click();

        assertThat(browser.waitHeading("Causality")).isEqualTo("Causality");
        WebElement inverse = browser.find(".relations .group[data-type=IMPLEMENTS]");
        assertThat(inverse.findElement(By.tagName("h3")).getText()).isEqualTo("Causality implemented by");
        assertThat(inverse.getText()).contains("Vector clock");
    }

    @Test
    void shouldOpenDeepLinksDirectlyAndKeepThemOnReload() {
        browser.open("/?from=vector-clock&to=partial-order");
        assertThat(browser.heading()).isEqualTo("From Vector clock to Partial order");
        assertThat(browser.find(".path-list").getText())
                .contains("Vector clock implements Causality")
                .contains("Causality requires Partial order")
                .contains("Also: Causality is a Partial order");

        browser.open("/?topic=hashing");
        assertThat(browser.heading()).isEqualTo("Hashing");
        assertThat(browser.find(".topic-view").getText())
                .contains("Consistent Hashing")
                .contains("Hash function");
        browser.driver.navigate().refresh();
        assertThat(browser.waitReady().heading()).isEqualTo("Hashing");

        browser.open("/?concept=vector-clock");
        assertThat(browser.heading()).isEqualTo("Vector clock");
        assertThat(browser.driver.getTitle()).startsWith("Vector clock");
    }

    @Test
    void shouldShrinkTheLearningPathWhenAPrerequisiteIsKnownAndRememberItOnReload() {
        browser.open("/?concept=vector-clock");
        browser.js("localStorage.clear()");
        browser.driver.navigate().refresh();
        browser.waitReady();
        List<String> before = learningSteps();
        assertThat(before).contains("Partial order", "Distributed system", "Causality");

        WebElement know = browser.find("button[aria-label='I know this: Partial order']");
        know.sendKeys(Keys.ENTER); // keyboard alone
        browser.waitUntil(d -> learningSteps().size() < before.size());

        List<String> after = learningSteps();
        assertThat(after).doesNotContain("Partial order").contains("Causality");
        assertThat(browser.find(".learning .known").getText()).contains("Partial order");
        assertThat(browser.js("return localStorage.getItem('dsgraph.known')")).isEqualTo("[\"partial-order\"]");

        browser.driver.navigate().refresh();
        browser.waitReady();
        assertThat(learningSteps()).isEqualTo(after);

        browser.find("button[aria-label='Undo: Partial order']").click();
        browser.waitUntil(d -> learningSteps().size() == before.size());
    }

    private List<String> learningSteps() {
        return browser.all(".learning-list > li > div > a").stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void shouldDrawTheGraphWithALegendAndOpenAConceptOnNodeClick() {
        browser.open("/?concept=vector-clock&view=graph");
        assertThat(browser.heading()).isEqualTo("Vector clock: graph");
        assertThat(browser.find(".legend").getText()).contains("implements").contains("is a");
        assertThat(browser.find(".edge-list summary").getText()).matches("All \\d+ relations as text");
        browser.screenshot("graph");

        browser.find(".types input[value=IS_A]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("types=")
                && "ready".equals(browser.find("#view").getDomAttribute("data-state")));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("IS_A");
        assertThat(browser.find(".legend").getText()).contains("implements").doesNotContain("is a");
        assertThat(browser.find(".types input[value=IS_A]").isSelected()).isFalse();
        browser.find(".types input[value=IS_A]").click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("types=")
                && "ready".equals(browser.find("#view").getDomAttribute("data-state")));

        browser.find("input[name=depth][value='2']").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("depth=2")
                && "ready".equals(browser.find("#view").getDomAttribute("data-state")));
        assertThat(((Number) browser.js("return explorerGraph.nodes().length")).intValue())
                .isGreaterThan(5);

        // where the node is drawn, in viewport coordinates: Cytoscape draws on a canvas, so a person clicks a point
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.js("""
                const graph = document.getElementById('graph');
                graph.scrollIntoView({block: 'start'});
                const box = graph.getBoundingClientRect();
                const c = explorerGraph.getElementById('causality').renderedPosition();
                return {x: Math.round(box.left + c.x), y: Math.round(box.top + c.y)};""");
        new Actions(browser.driver)
                .moveToLocation(((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
                .click()
                .perform();

        assertThat(browser.waitHeading("Causality")).isEqualTo("Causality");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/?concept=causality");
    }

    @Test
    void shouldFindAPathBetweenTwoConceptsPickedFromTheAutocomplete() {
        browser.open("/?view=paths");
        assertThat(browser.heading()).isEqualTo("How do two concepts connect?");
        WebElement from = browser.find("#path-from");
        from.sendKeys("vector clock");
        browser.visible("#path-from-list li[role=option]");
        from.sendKeys(Keys.ENTER);
        WebElement to = browser.find("#path-to");
        browser.waitUntil(d -> to.equals(d.switchTo().activeElement()));
        to.sendKeys("partial ordr");
        browser.visible("#path-to-list li[role=option]").click();
        browser.find(".path-form button[type=submit]").click();

        assertThat(browser.waitHeading("From Vector clock to Partial order")).isNotEmpty();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/?from=vector-clock&to=partial-order");
        String steps = browser.find(".path-list").getText();
        assertThat(steps)
                .contains("Path 1: 2 steps")
                .contains("Vector clock implements Causality")
                .contains("comparing two vectors tells exactly");
    }

    @Test
    void shouldExplainKindlyThatAnUnknownConceptDoesNotExist() {
        browser.open("/?concept=vectr-clock");
        assertThat(browser.heading()).isEqualTo("No concept called “vectr-clock”");
        assertThat(browser.find("[role=alert]").getText()).contains("misspelled");
        browser.waitUntil(d -> !browser.all(".suggestions a").isEmpty());
        assertThat(browser.find(".suggestions").getText()).contains("Vector clock");
        browser.screenshot("unknown-concept");
    }

    @Test
    void shouldGoBackAndForwardThroughVisitedViews() {
        browser.open("/?concept=vector-clock");
        browser.find(".relations .group[data-type=IMPLEMENTS] a").click();
        browser.waitHeading("Causality");
        browser.find(".tabs a[href$='view=graph']").click();
        browser.waitHeading("Causality: graph");

        browser.driver.navigate().back();
        assertThat(browser.waitHeading("Causality")).isEqualTo("Causality");
        browser.driver.navigate().back();
        assertThat(browser.waitHeading("Vector clock")).isEqualTo("Vector clock");
        browser.driver.navigate().forward();
        assertThat(browser.waitHeading("Causality")).isEqualTo("Causality");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/?concept=causality");
    }
}
