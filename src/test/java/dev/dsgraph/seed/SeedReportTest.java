package dev.dsgraph.seed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The content report in graph-seed/README.md is the one the seed files produce today. */
class SeedReportTest {

    static final Path README = Path.of("graph-seed/README.md");

    @Test
    void shouldStateTheCurrentContentReportInTheSeedReadme() throws IOException {
        String readme = Files.readString(README);
        String fresh = SeedReport.replaceIn(readme, SeedReport.report(SeedLoader.readValid(Path.of("graph-seed"))));
        if (Boolean.getBoolean("seed.report.write")) {
            Files.writeString(README, fresh);
            readme = fresh;
        }
        assertThat(readme)
                .as("graph-seed/README.md's content report is stale: regenerate it (see the README)")
                .isEqualTo(fresh);
    }
}
