package dev.dsgraph.support;

/** Neo4j cannot be reached (or did not answer in time): answered with 503 and {@code Retry-After}. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
