package dev.dsgraph.explorer;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The explorer's files are served from the jar at {@code /}, scripts as JavaScript, nothing from another host. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ExplorerAssetsTest {

    @Test
    void shouldServeTheExplorerAtTheRoot() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"/explorer/main.js\">"))
                .body(containsString("href=\"/q/swagger-ui\""))
                .body(containsString("href=\"/q/openapi\""))
                .body(not(containsString("src=\"http")))
                .body(not(containsString("href=\"http")));
    }

    @Test
    void shouldServeModulesAndTheVendoredCytoscapeAsJavaScript() {
        given().get("/explorer/main.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/explorer/vendor/cytoscape.esm.min.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("Cytoscape.js 3.34.4"));
        given().get("/explorer/app.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void shouldHaveBrowsersRevalidateTheExplorerSoANewVersionShowsAtOnce() {
        String lastModified = given().get("/explorer/main.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=0"))
                .extract()
                .header("Last-Modified");
        given().header("If-Modified-Since", lastModified)
                .get("/explorer/main.js")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldNotServeAxeCoreWhichOnlyTheTestsUse() {
        given().get("/explorer/axe.min.js").then().statusCode(404);
    }
}
