package dev.dsgraph.explorer;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/** A fresh headless Chromium for each test against the service under test; skips when none is installed. */
abstract class BrowserTest {

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
}
