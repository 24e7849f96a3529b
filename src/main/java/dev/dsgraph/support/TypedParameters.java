package dev.dsgraph.support;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts whole-number, boolean and enum query parameters so that a value that is not one gets a problem naming the parameter
 * (the REST layer's own conversion would answer a bare 404). A present but blank value counts as absent. The range is
 * checked afterwards by Bean Validation ({@code @Min}, {@code @Max}); see {@link ParameterViolations}.
 */
@Provider
class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        String fallback = find(annotations, DefaultValue.class) == null
                ? null
                : find(annotations, DefaultValue.class).value();
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(fallback, raw -> whole(name, raw, annotations));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(fallback, raw -> wholeLong(name, raw, annotations));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<>(fallback, raw -> truth(name, raw));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new Converter<>(fallback, raw -> constant(name, raw, (Class<Enum>) rawType));
        }
        return null;
    }

    /** Parses a whole number; the message names the range the parameter's constraints allow. */
    static int whole(String name, String raw, Annotation[] annotations) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(ProblemException.badParameter(
                    name,
                    name + " must be a whole number" + ParameterViolations.range(annotations) + ", got '"
                            + Params.abbreviate(raw) + "'"));
        }
    }

    /** Parses a whole number of 64 bits (a revision); the message names the range the constraints allow. */
    static long wholeLong(String name, String raw, Annotation[] annotations) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(ProblemException.badParameter(
                    name,
                    name + " must be a whole number" + ParameterViolations.range(annotations) + ", got '"
                            + Params.abbreviate(raw) + "'"));
        }
    }

    /** true or false, ignoring case; nothing else. */
    static boolean truth(String name, String raw) {
        String value = raw.trim().toLowerCase();
        if (!value.equals("true") && !value.equals("false")) {
            throw new BadRequestException(ProblemException.badParameter(
                    name, name + " must be one of true, false, got '" + Params.abbreviate(raw) + "'"));
        }
        return value.equals("true");
    }

    /** The constant named {@code raw}, ignoring case. */
    static <E extends Enum<E>> E constant(String name, String raw, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(raw.trim())) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new BadRequestException(ProblemException.badParameter(
                name, name + " must be one of " + allowed + ", got '" + Params.abbreviate(raw) + "'"));
    }

    static String name(Annotation[] annotations) {
        QueryParam query = find(annotations, QueryParam.class);
        PathParam path = find(annotations, PathParam.class);
        return query != null ? query.value() : path != null ? path.value() : null;
    }

    static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    /** Blank is absent: the default applies. */
    private record Converter<T>(String fallback, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String raw) {
            if (raw == null || raw.isBlank()) {
                return fallback == null ? null : parse.apply(fallback);
            }
            return parse.apply(raw);
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
