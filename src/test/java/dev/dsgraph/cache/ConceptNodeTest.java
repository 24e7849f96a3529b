package dev.dsgraph.cache;

import dev.dsgraph.cache.ConceptNode.Rel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptNodeTest {

    private static final List<String> TYPES = List.of("IS_A", "PART_OF", "PREREQUISITE_OF", "RELATED_TO");

    @Test
    void relationsOfOneTypeShouldBeTheFilteredAdjacencyListWhateverItsSize() {
        Random random = new Random(3);
        for (int size : new int[] {0, 1, 5, 15, 16, 17, 40, 300, 2000}) {
            Rel[] rels = new Rel[size];
            for (int i = 0; i < size; i++) {
                rels[i] = new Rel(
                        // a type string that is equal but not the same instance, as rows from the driver are
                        new String(TYPES.get(random.nextInt(TYPES.size()))),
                        random.nextBoolean(),
                        "c%05d".formatted(random.nextInt(5000)),
                        1.0,
                        "",
                        random.nextBoolean());
            }
            Arrays.sort(rels, GraphStore.ADJACENCY_ORDER);
            ConceptNode node = new ConceptNode("x", "", List.of(), null, "seed", 1, size, rels);
            assertThat(node.byType() != null).isEqualTo(size >= 16);
            for (String type : List.of("IS_A", "PART_OF", "PREREQUISITE_OF", "RELATED_TO", "UNKNOWN", "AAA", "ZZZ")) {
                for (boolean outgoing : new boolean[] {true, false}) {
                    List<Rel> expected = Arrays.stream(rels)
                            .filter(r -> r.type().equals(type) && r.outgoing() == outgoing)
                            .toList();
                    assertThat(node.relations(type, outgoing))
                            .as("%d relations, %s %s", size, type, outgoing)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
    }
}
