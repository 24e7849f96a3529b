package dev.dsgraph.seed;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed tool's command line: help, bad arguments and a bad seed each end with their exit code and one line. */
class SeedCommandTest {

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            return SeedCommand.cli().execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void shouldHelpValidateAndRefuseInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "--help")).isZero();
        assertThat(run(err, "--validate", "--dir", "graph-seed")).isZero();
        assertThat(err.toString()).isEmpty();

        assertThat(run(err, "--bogus")).isEqualTo(2);
        assertThat(err.toString().strip())
                .startsWith("seed: Unknown option: '--bogus'")
                .doesNotContain("\n");

        ByteArrayOutputStream missing = new ByteArrayOutputStream();
        assertThat(run(missing, "--validate", "--dir", "no-such-seed")).isEqualTo(1);
        assertThat(missing.toString().strip())
                .startsWith("seed: ")
                .doesNotContain("\n")
                .doesNotContain("Exception");
    }
}
