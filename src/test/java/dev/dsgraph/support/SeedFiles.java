package dev.dsgraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of graph-seed/ that tests may change. */
public final class SeedFiles {

    public static final Path SEED = Path.of("graph-seed");

    private SeedFiles() {}

    /** Copies graph-seed/ into {@code target}. */
    public static Path copySeed(Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(SEED)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(SEED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Replaces text in the first file of {@code dir} that holds it. */
    public static void replaceIn(Path dir, String from, String to) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(p);
                if (text.contains(from)) {
                    Files.writeString(p, text.replace(from, to));
                    return;
                }
            }
        }
        throw new AssertionError("text not found in seed: " + from);
    }
}
