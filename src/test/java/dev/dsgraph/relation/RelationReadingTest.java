package dev.dsgraph.relation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a relation reads from either end, known and unknown types alike. */
class RelationReadingTest {

    private static final Map<String, RelationType> TYPES = Map.of(
            "IMPLEMENTS",
            new RelationType("IMPLEMENTS", "implements", "implemented by", "", false, false, 0.9),
            "CONTRASTS_WITH",
            new RelationType("CONTRASTS_WITH", "contrasts with", "contrasts with", "", true, false, 0.6));

    @Test
    void shouldReadADirectedTypeByItsLabelFromTheStartAndItsInverseFromTheEnd() {
        assertThat(RelationReading.label(TYPES, "IMPLEMENTS", true)).isEqualTo("implements");
        assertThat(RelationReading.label(TYPES, "IMPLEMENTS", false)).isEqualTo("implemented by");
        assertThat(RelationReading.direction(TYPES, "IMPLEMENTS", true)).isEqualTo("outgoing");
        assertThat(RelationReading.direction(TYPES, "IMPLEMENTS", false)).isEqualTo("incoming");
        assertThat(RelationReading.symmetric(TYPES, "IMPLEMENTS")).isFalse();
    }

    @Test
    void shouldReadASymmetricTypeByItsLabelFromBothEnds() {
        assertThat(RelationReading.label(TYPES, "CONTRASTS_WITH", true)).isEqualTo("contrasts with");
        assertThat(RelationReading.label(TYPES, "CONTRASTS_WITH", false)).isEqualTo("contrasts with");
        assertThat(RelationReading.direction(TYPES, "CONTRASTS_WITH", true)).isEqualTo("both");
        assertThat(RelationReading.direction(TYPES, "CONTRASTS_WITH", false)).isEqualTo("both");
        assertThat(RelationReading.symmetric(TYPES, "CONTRASTS_WITH")).isTrue();
    }

    @Test
    void shouldReadAnUnknownTypeAsItsNameInWordsFromBothEndsAndTakeItAsDirected() {
        assertThat(RelationReading.label(TYPES, "USED_IN", true)).isEqualTo("used in");
        assertThat(RelationReading.label(TYPES, "USED_IN", false)).isEqualTo("used in");
        assertThat(RelationReading.symmetric(TYPES, "USED_IN")).isFalse();
        assertThat(RelationReading.direction(TYPES, "USED_IN", true)).isEqualTo("outgoing");
        assertThat(RelationReading.direction(TYPES, "USED_IN", false)).isEqualTo("incoming");
    }
}
