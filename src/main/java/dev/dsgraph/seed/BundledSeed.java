package dev.dsgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The graph seed packaged in the jar ({@code graph-seed/} on the class path): the default seed, so the service starts
 * from any directory. Inside a jar it is copied to a temporary directory for the loader, which removes it afterwards.
 */
final class BundledSeed implements AutoCloseable {

    static final String RESOURCE = "graph-seed";

    private final Path dir;
    private final boolean temporary;

    private BundledSeed(Path dir, boolean temporary) {
        this.dir = dir;
        this.temporary = temporary;
    }

    /** The bundled seed as a directory. */
    static BundledSeed open() {
        URL marker = BundledSeed.class.getClassLoader().getResource(RESOURCE + "/topics.yaml");
        if (marker == null) {
            throw new IllegalStateException("No graph seed on the class path (" + RESOURCE + "/); set kg.seed.dir");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("file")) {
                return new BundledSeed(Path.of(uri).getParent(), false);
            }
            Path copy = Files.createTempDirectory("dsgraph-seed");
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                Path root = jar.getPath("/" + RESOURCE);
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.toList()) {
                        Path target = copy.resolve(root.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(file, target);
                        }
                    }
                }
            }
            return new BundledSeed(copy, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled graph seed", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
