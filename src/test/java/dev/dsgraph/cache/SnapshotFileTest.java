package dev.dsgraph.cache;

import dev.dsgraph.relation.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotFileTest {

    @TempDir
    Path tmp;

    /** A small graph as a full fill assembles it: ids shared, relations on both ends, a hub past the indexed size. */
    private static GraphStore.Snapshot graph() {
        GraphAssembly g = new GraphAssembly(30);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = g.id("c" + i);
            ids.add(id);
            g.concept(
                    new ConceptInfo(
                            id,
                            "Concept " + i,
                            "concept " + i,
                            i % 3 == 0 ? "" : "Summary ü " + i,
                            i % 2 == 0 ? List.of("alias " + i) : List.of(),
                            List.of("tag"),
                            List.of("topic-" + (i % 4))),
                    new GraphAssembly.NodeFields(
                            "Details " + i, List.of("example " + i), i == 5 ? null : "[]", "seed", i, 2 + i % 5));
        }
        for (int i = 1; i < 30; i++) {
            g.relation(ids.get(0), "IS_A", "c" + i, 0.5 + i / 100.0, "hub reason " + i, i % 4 == 0);
            if (i > 1) {
                g.relation(ids.get(i), "PREREQUISITE_OF", "c" + (i - 1), 1.0, i == 7 ? "" : "step " + i, false);
            }
        }
        Map<String, RelationType> types = new LinkedHashMap<>();
        types.put("IS_A", new RelationType("IS_A", "is a", "has kind", "Kinds.", false, true, 0.9));
        types.put(
                "PREREQUISITE_OF",
                new RelationType("PREREQUISITE_OF", "prerequisite of", "requires", null, false, true, 1));
        List<TopicInfo> topics =
                List.of(new TopicInfo("root", "Root", null, null, 1), new TopicInfo("topic-1", "T", "d", "root", 2));
        return new GraphStore.Snapshot(g.infos(), topics, types, g.nodes(), "stamp-1");
    }

    @Test
    void shouldReadBackTheGraphItWroteForTheSameRevisionAndStamp() throws IOException {
        GraphStore.Snapshot written = graph();
        Path file = tmp.resolve("dir").resolve("graph-cache.snapshot");
        SnapshotFile.write(file, 42, written);
        assertThat(SnapshotFile.stamp(file)).contains(new SnapshotFile.Stamp(42, "stamp-1"));

        List<String> indexed = new ArrayList<>();
        GraphStore.Snapshot read = SnapshotFile.read(
                        file,
                        new SnapshotFile.Stamp(42, "stamp-1"),
                        (info, text) -> indexed.add(info.id() + ":" + text))
                .orElseThrow();
        assertThat(read.concepts()).isEqualTo(written.concepts());
        assertThat(read.topics()).isEqualTo(written.topics());
        assertThat(read.types()).isEqualTo(written.types());
        assertThat(read.types().keySet())
                .containsExactlyElementsOf(written.types().keySet());
        assertThat(read.nodes()).hasSameSizeAs(written.nodes());
        for (int i = 0; i < written.nodes().size(); i++) {
            ConceptNode a = written.nodes().get(i);
            ConceptNode b = read.nodes().get(i);
            assertThat(List.of(
                            b.id(),
                            b.details(),
                            b.examples(),
                            String.valueOf(b.figures()),
                            b.origin(),
                            b.version(),
                            b.degree()))
                    .isEqualTo(List.of(
                            a.id(),
                            a.details(),
                            a.examples(),
                            String.valueOf(a.figures()),
                            a.origin(),
                            a.version(),
                            a.degree()));
            assertThat(Arrays.asList(b.relations())).isEqualTo(Arrays.asList(a.relations()));
            assertThat(b.byType()).isEqualTo(a.byType());
            // the other ends are the records' own id strings, as after a fill from Neo4j
            for (ConceptNode.Rel r : b.relations()) {
                assertThat(read.concepts().stream().anyMatch(c -> c.id() == r.other()))
                        .isTrue();
            }
        }
        assertThat(indexed).hasSize(30).first().isEqualTo("c0:[Concept 0, alias 0, , Details 0]");
    }

    @Test
    void shouldGiveNothingForAnotherStateAndFailOnADamagedFile() throws IOException {
        Path file = tmp.resolve("graph-cache.snapshot");
        assertThat(SnapshotFile.stamp(file)).isEmpty();
        SnapshotFile.write(file, 42, graph());
        assertThat(SnapshotFile.read(file, new SnapshotFile.Stamp(43, "stamp-1"), (i, t) -> {}))
                .isEmpty();
        assertThat(SnapshotFile.read(file, new SnapshotFile.Stamp(42, "stamp-2"), (i, t) -> {}))
                .isEmpty();

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        assertThatThrownBy(() -> SnapshotFile.read(file, new SnapshotFile.Stamp(42, "stamp-1"), (i, t) -> {}))
                .isInstanceOf(IOException.class);
        Files.writeString(file, "not a snapshot");
        assertThat(SnapshotFile.stamp(file)).isEmpty();
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("graph-cache.snapshot");
    }
}
