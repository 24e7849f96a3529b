package dev.dsgraph.support;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The path and query parameters a request sent to its resource method, in the method's order: lets the edge name the
 * parameter that carried a value domain code reports (the unknown id of a {@link NotFound}), so that domain code never
 * knows parameter names.
 */
record SentParameters(List<Map.Entry<String, String>> sent) {

    static SentParameters of(ResourceInfo resource, UriInfo uri) {
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || uri == null) {
            return new SentParameters(sent);
        }
        for (Parameter p : method.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (path != null) {
                add(sent, path.value(), uri.getPathParameters().getFirst(path.value()));
            } else if (query != null) {
                add(sent, query.value(), uri.getQueryParameters().getFirst(query.value()));
            }
        }
        return new SentParameters(sent);
    }

    private static void add(List<Map.Entry<String, String>> sent, String name, String raw) {
        if (raw != null) {
            sent.add(Map.entry(name, raw));
        }
    }

    /** The first parameter whose value, or one of whose comma-separated values, is {@code value}; null if none. */
    String carrying(String value) {
        if (value == null) {
            return null;
        }
        for (Map.Entry<String, String> e : sent) {
            for (String part : e.getValue().split(",")) {
                if (part.trim().equalsIgnoreCase(value)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }
}
