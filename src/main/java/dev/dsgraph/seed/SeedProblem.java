package dev.dsgraph.seed;

/** One thing wrong with a seed, located by file and entry. */
public record SeedProblem(String file, String entry, String message) {

    @Override
    public String toString() {
        return file + (entry == null || entry.isEmpty() ? "" : " " + entry) + ": " + message;
    }
}
