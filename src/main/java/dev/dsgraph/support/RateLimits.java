package dev.dsgraph.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per-client rate limits of the API with Bucket4j token buckets, one per client and class of operation (reads,
 * search, writes), kept in a bounded Caffeine cache. A client is the API key it sends when that key is valid (so one
 * key is one client from any address, and random keys cannot mint fresh buckets), else its remote address. Every
 * limited response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; a refusal
 * is 429 with {@code Retry-After}. Buckets live in this replica's memory: each replica limits on its own.
 */
@ApplicationScoped
class RateLimits {

    /** A class of operation with its own limit. */
    enum Kind {
        READS,
        SEARCH,
        WRITES
    }

    /** What one request took from its bucket. */
    record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final boolean enabled;
    private final Duration window;
    private final long[] limits;
    private final Cache<String, Bucket> buckets;
    private final Set<String> keyDigests;

    RateLimits(KgConfig config) {
        KgConfig.RateLimit c = config.rateLimit();
        this.enabled = c.enabled();
        this.window = c.window();
        this.limits = new long[] {c.reads(), c.search(), c.writes()};
        this.buckets = Caffeine.newBuilder()
                .maximumSize(3L * c.maxClients())
                .expireAfterAccess(window.multipliedBy(2))
                .build();
        this.keyDigests = config.auth().apiKeys().orElse(List.of()).stream()
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .map(RateLimits::sha256)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean enabled() {
        return enabled;
    }

    /** The class of an API request, or null for one that is not limited (CORS preflight). */
    static Kind kind(HttpMethod method, String path) {
        if (method == HttpMethod.OPTIONS) {
            return null;
        }
        if (WRITES.contains(method)) {
            return Kind.WRITES;
        }
        return path.equals("/api/v1/search") || path.startsWith("/api/v1/search/") ? Kind.SEARCH : Kind.READS;
    }

    /** Takes one token from the client's bucket for this kind of request. */
    Decision take(Kind kind, String client) {
        long limit = limits[kind.ordinal()];
        Bucket bucket = buckets.get(
                kind.name() + ' ' + client,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(limit)
                                .refillGreedy(limit, window)
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(
                probe.isConsumed(),
                limit,
                probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** The client of a request: its API key's digest when the key is valid, else its remote address. */
    String client(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && !keyDigests.isEmpty()) {
            String digest = sha256(authorization.substring(7).trim());
            if (keyDigests.contains(digest)) {
                return "key " + digest;
            }
        }
        var address = rc.request().remoteAddress();
        return "address " + (address == null ? "unknown" : address.hostAddress());
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
