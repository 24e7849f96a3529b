package dev.dsgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The graph seed packaged in the jar ({@code graph-seed/} on the class path): the default seed, so the service starts
 * from any directory. Read where it lies: a directory of the class path, or inside the jar through its file system
 * (kept open until {@link #close}), so that the usual restart hashes the files without copying them anywhere.
 */
final class BundledSeed implements AutoCloseable {

    static final String RESOURCE = "graph-seed";

    private final Path dir;
    private final FileSystem jar;

    private BundledSeed(Path dir, FileSystem jar) {
        this.dir = dir;
        this.jar = jar;
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
                return new BundledSeed(Path.of(uri).getParent(), null);
            }
            FileSystem jar;
            FileSystem owned;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                owned = jar;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri); // opened by someone else, who closes it
                owned = null;
            }
            return new BundledSeed(jar.getPath("/" + RESOURCE), owned);
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
        if (jar == null) {
            return;
        }
        try {
            jar.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
