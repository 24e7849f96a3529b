package dev.dsgraph.cache;

import dev.dsgraph.relation.RelationType;
import org.jboss.logging.Logger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The graph cache's snapshot file: what a full fill read at one revision, so that the next start can fill from the
 * file instead of Neo4j when Neo4j still holds that revision with the same stamp (the pair names one state of the
 * graph). A cache of the fill, never a source of truth: a file of another revision, stamp or format, a truncated or
 * unreadable one, is ignored and the fill reads Neo4j. Written to a temporary file and moved into place, so a crash
 * while writing leaves the old file or none.
 */
final class SnapshotFile {

    private static final Logger LOG = Logger.getLogger(SnapshotFile.class);
    private static final int MAGIC = 0x4B47_4331; // "KGC1"
    private static final int FORMAT = 2; // 2: each relation says whether the API wrote it

    private SnapshotFile() {}

    /** The revision and stamp a snapshot file holds, or empty when there is no readable one. */
    static Optional<Stamp> stamp(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 256))) {
            return Optional.of(header(in));
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Graph cache snapshot %s unreadable: %s", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** A graph state: its revision and the stamp the write that made it drew. */
    record Stamp(long revision, String stamp) {}

    /** Writes the graph of a full fill (every concept's node held), in the fill's order. */
    static void write(Path file, long revision, GraphStore.Snapshot s) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp"); // one name: a write cut short is overwritten by the next
        try {
            try (OutputStream os = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeLong(revision);
                string(out, s.stamp());
                out.writeInt(s.concepts().size());
                for (int i = 0; i < s.concepts().size(); i++) {
                    ConceptInfo c = s.concepts().get(i);
                    ConceptNode n = s.nodes().get(i);
                    if (!n.id().equals(c.id())) {
                        throw new IllegalStateException("Nodes out of step with the concepts at " + c.id());
                    }
                    string(out, c.id());
                    string(out, c.name());
                    string(out, c.nameLower());
                    string(out, c.summary());
                    strings(out, c.aliases());
                    strings(out, c.tags());
                    strings(out, c.topics());
                    string(out, n.details());
                    strings(out, n.examples());
                    string(out, n.figures());
                    string(out, n.origin());
                    out.writeLong(n.version());
                    out.writeInt(n.degree());
                    int outgoing = 0;
                    for (ConceptNode.Rel r : n.relations()) {
                        outgoing += r.outgoing() ? 1 : 0;
                    }
                    out.writeInt(outgoing);
                    for (ConceptNode.Rel r : n.relations()) {
                        if (r.outgoing()) {
                            string(out, r.type());
                            string(out, r.other());
                            out.writeDouble(r.weight());
                            string(out, r.reason());
                            out.writeBoolean(r.api());
                        }
                    }
                }
                out.writeInt(s.topics().size());
                for (TopicInfo t : s.topics()) {
                    string(out, t.id());
                    string(out, t.name());
                    string(out, t.description());
                    string(out, t.parent());
                    out.writeLong(t.order());
                }
                out.writeInt(s.types().size());
                for (RelationType t : s.types().values()) {
                    string(out, t.type());
                    string(out, t.label());
                    string(out, t.inverse());
                    string(out, t.description());
                    out.writeBoolean(t.symmetric());
                    out.writeBoolean(t.acyclic());
                    out.writeDouble(t.weight());
                }
                out.writeInt(MAGIC);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The graph in the file when it holds {@code expected}, else empty. {@code onConcept} sees each concept's record
     * and search texts as they are read, as during a fill from Neo4j.
     */
    static Optional<GraphStore.Snapshot> read(
            Path file, Stamp expected, BiConsumer<ConceptInfo, List<String>> onConcept) throws IOException {
        try (InputStream is = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
            if (!header(in).equals(expected)) {
                return Optional.empty();
            }
            int count = in.readInt();
            GraphAssembly graph = new GraphAssembly(count);
            for (int i = 0; i < count; i++) {
                String id = graph.id(string(in));
                ConceptInfo info =
                        new ConceptInfo(id, string(in), string(in), string(in), strings(in), strings(in), strings(in));
                String details = string(in);
                graph.concept(
                        info,
                        new GraphAssembly.NodeFields(
                                details, strings(in), string(in), string(in), in.readLong(), in.readInt()));
                onConcept.accept(info, GraphAssembly.text(info, details));
                for (int k = in.readInt(); k > 0; k--) {
                    graph.relation(id, string(in), string(in), in.readDouble(), string(in), in.readBoolean());
                }
            }
            List<TopicInfo> topics = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                topics.add(new TopicInfo(string(in), string(in), string(in), string(in), in.readLong()));
            }
            Map<String, RelationType> types = new LinkedHashMap<>();
            for (int k = in.readInt(); k > 0; k--) {
                RelationType t = new RelationType(
                        string(in),
                        string(in),
                        string(in),
                        string(in),
                        in.readBoolean(),
                        in.readBoolean(),
                        in.readDouble());
                types.put(t.type(), t);
            }
            if (in.readInt() != MAGIC) {
                throw new IOException("no end marker");
            }
            return Optional.of(new GraphStore.Snapshot(graph.infos(), topics, types, graph.nodes(), expected.stamp()));
        }
    }

    private static Stamp header(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a graph cache snapshot of format " + FORMAT);
        }
        return new Stamp(in.readLong(), string(in));
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> list = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            list.add(string(in));
        }
        return List.copyOf(list);
    }
}
