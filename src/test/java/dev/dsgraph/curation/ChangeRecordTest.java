package dev.dsgraph.curation;

import dev.dsgraph.support.Change;
import dev.dsgraph.support.Change.Op;
import dev.dsgraph.support.ChangeLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored change record as the feed serves it. */
class ChangeRecordTest {

    @Test
    void shouldServeAConceptChangeWithoutRelationFields() {
        var served = CurationModels.Change.of(new ChangeLog.Entry(
                411, 2, "2026-11-24T07:30:00.123Z", Change.concept(Op.CREATED, "bloom-filter"), "api"));
        assertThat(served)
                .isEqualTo(new CurationModels.Change(
                        411,
                        2,
                        "2026-11-24T07:30:00.123Z",
                        "created",
                        "concept",
                        "bloom-filter",
                        null,
                        null,
                        null,
                        "api"));
    }

    @Test
    void shouldServeARelationChangeWithItsTypeAndEnds() {
        var served = CurationModels.Change.of(new ChangeLog.Entry(
                412,
                3,
                "2026-11-24T07:31:10.456Z",
                Change.relation(Op.DELETED, "bloom-filter", "USED_IN", "caching"),
                "import"));
        assertThat(served)
                .isEqualTo(new CurationModels.Change(
                        412,
                        3,
                        "2026-11-24T07:31:10.456Z",
                        "deleted",
                        "relation",
                        "bloom-filter|USED_IN|caching",
                        "USED_IN",
                        "bloom-filter",
                        "caching",
                        "import"));
    }
}
