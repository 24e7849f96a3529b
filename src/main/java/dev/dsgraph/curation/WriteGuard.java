package dev.dsgraph.curation;

import dev.dsgraph.support.KgConfig;
import dev.dsgraph.support.Problem;
import dev.dsgraph.support.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/**
 * Guards every write under /api: a Bearer API key from {@code kg.auth.api-keys} (compared in constant time against
 * their SHA-256 digests; no key is kept or logged in clear). Body limits are enforced before this, at the HTTP edge
 * ({@code support/HttpEdge}).
 */
@ApplicationScoped
class WriteGuard {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final List<byte[]> keyDigests;

    WriteGuard(KgConfig config) {
        this.keyDigests = config.auth().apiKeys().orElse(List.of()).stream()
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .map(WriteGuard::sha256)
                .toList();
    }

    /** Returns the refusal, or null to let the request through. */
    @ServerRequestFilter
    Response guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!WRITES.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return null;
        }
        if (keyDigests.isEmpty()) {
            return refuse(
                    request,
                    ProblemType.FORBIDDEN,
                    "No API key is configured, so writes are refused."
                            + " Set kg.auth.api-keys (environment variable KG_AUTH_API_KEYS, comma-separated) and send"
                            + " Authorization: Bearer <key>.");
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            return refuse(request, ProblemType.UNAUTHORIZED, "Writes need an API key: Authorization: Bearer <key>");
        }
        byte[] presented = sha256(authorization.substring(7).trim());
        boolean match = false;
        for (byte[] key : keyDigests) {
            match |= MessageDigest.isEqual(key, presented); // no early exit: time does not depend on which key
        }
        if (!match) {
            return refuse(request, ProblemType.FORBIDDEN, "The API key is not valid");
        }
        return null;
    }

    /** The refusal as the catalog describes its kind, naming the Authorization header. */
    private static Response refuse(ContainerRequestContext request, ProblemType kind, String detail) {
        Response.ResponseBuilder response = Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(kind.problem(detail, request.getUriInfo().getPath(), "Authorization"));
        if (kind.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dsgraph\"");
        }
        return response.build();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
