package dev.dsgraph.support;

import dev.dsgraph.support.Change.Op;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Change records: what the feed stores for each, what it reads back, and which concepts each touches. */
class ChangeTest {

    @Test
    void shouldStoreAConceptChangeWithoutRelationFields() {
        Change c = Change.concept(Op.CREATED, "bloom-filter");
        assertThat(c.row())
                .containsExactly(
                        Map.entry("op", "created"), Map.entry("entity", "concept"), Map.entry("id", "bloom-filter"));
        assertThat(c.touched()).containsExactly("bloom-filter");
    }

    @Test
    void shouldStoreARelationChangeWithItsEndsAndTypeAndTouchBothEnds() {
        Change c = Change.relation(Op.DELETED, "bloom-filter", "USED_IN", "caching");
        assertThat(c.id()).isEqualTo("bloom-filter|USED_IN|caching");
        assertThat(c.row())
                .containsExactly(
                        Map.entry("op", "deleted"),
                        Map.entry("entity", "relation"),
                        Map.entry("id", "bloom-filter|USED_IN|caching"),
                        Map.entry("from", "bloom-filter"),
                        Map.entry("type", "USED_IN"),
                        Map.entry("to", "caching"));
        assertThat(c.touched()).containsExactlyInAnyOrder("bloom-filter", "caching");
    }

    @Test
    void shouldReadBackWhatItStored() {
        for (Change c :
                new Change[] {Change.concept(Op.UPDATED, "caching"), Change.relation(Op.CREATED, "a", "IS_A", "b")}) {
            Map<String, Object> row = new HashMap<>(c.row());
            Change read = Change.of(
                    (String) row.get("entity"),
                    (String) row.get("op"),
                    (String) row.get("id"),
                    (String) row.get("from"),
                    (String) row.get("type"),
                    (String) row.get("to"));
            assertThat(read).isEqualTo(c);
        }
    }

    @Test
    void shouldNameOpsAsTheFeedDoes() {
        assertThat(Op.createdOrUpdated(true)).isEqualTo(Op.CREATED);
        assertThat(Op.createdOrUpdated(false)).isEqualTo(Op.UPDATED);
        assertThat(Op.of("deleted")).isEqualTo(Op.DELETED);
        assertThat(ChangeLog.concept("updated", "x")).isEqualTo(Change.concept(Op.UPDATED, "x"));
        assertThatThrownBy(() -> Change.of("topic", "created", "x", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
