package dev.dsgraph.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads write bodies strictly with Jackson's own settings: unknown fields are collected (all of them, not only the
 * first) and refused with 422 naming each; a value of the wrong JSON type (a string for a list, text for a number, a
 * number for text) is refused with 422 naming its field; the result is then validated with Bean Validation. Problem
 * details never carry a Jackson message.
 */
@ApplicationScoped
public class JsonBodies {

    private static final String UNKNOWN = "dsgraph.unknownFields";

    private final ObjectMapper strict;
    private final Validator validator;

    JsonBodies(Validator validator) {
        this.validator = validator;
        JsonMapper mapper = JsonMapper.builder()
                .enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addHandler(new CollectUnknown())
                .build();
        // no text from numbers or booleans, no numbers from text, no single value for a list
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        this.strict = mapper;
    }

    /**
     * The body as {@code type}, validated; throws 400 when there is no JSON object, 422 naming every unknown field, the
     * field of the wrong type, or every constraint violation.
     */
    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ProblemException.badParameter("body", "A JSON object is required as the request body");
        }
        if (!body.isObject()) {
            throw ProblemException.badParameter("body", "The request body must be a JSON object, got " + kind(body));
        }
        List<String> unknown = new ArrayList<>();
        ObjectReader reader = strict.readerFor(type).withAttribute(UNKNOWN, unknown);
        T value;
        try {
            value = reader.readValue(body);
        } catch (MismatchedInputException e) {
            String field = field(e);
            JsonNode given = field.equals("body") ? body : body.at(pointer(e));
            throw ProblemException.of(
                    ProblemType.INVALID_FIELD,
                    field,
                    field + ": must be " + expected(e) + ", got " + kind(given),
                    List.of(error(field, "must be " + expected(e))));
        } catch (IOException e) {
            throw ProblemException.badParameter(
                    "body", "The request body could not be read as " + type.getSimpleName());
        }
        if (!unknown.isEmpty()) {
            List<Map<String, Object>> errors =
                    unknown.stream().map(f -> error(f, "unknown field")).toList();
            throw ProblemException.of(
                    ProblemType.UNKNOWN_FIELD,
                    unknown.get(0),
                    "Unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                            + "; nothing was written. Known fields: " + String.join(", ", fields(type)),
                    errors);
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** The detail of a 400 for text that is not JSON: where it breaks, without the parser's wording. */
    public static String malformed(JsonProcessingException e) {
        var at = e.getLocation();
        return "The request body is not valid JSON"
                + (at == null || at.getLineNr() < 1
                        ? ""
                        : " (syntax error at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static List<String> fields(Class<?> type) {
        return type.isRecord()
                ? Arrays.stream(type.getRecordComponents())
                        .map(c -> c.getName())
                        .toList()
                : List.of();
    }

    /** A field as the Bean Validation problems name it: {@code figures[0].unit}. */
    private static String field(MismatchedInputException e) {
        StringBuilder field = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String pointer(MismatchedInputException e) {
        StringBuilder pointer = new StringBuilder();
        for (var ref : e.getPath()) {
            pointer.append('/')
                    .append(
                            ref.getFieldName() != null
                                    ? ref.getFieldName().replace("~", "~0").replace("/", "~1")
                                    : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NULL -> "null";
            default -> "a value of another type";
        };
    }

    /** Records each unknown field (as a dotted path) and skips its value, so that every one can be named. */
    private static final class CollectUnknown extends DeserializationProblemHandler {
        @Override
        @SuppressWarnings("unchecked")
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            Object sink = ctxt.getAttribute(UNKNOWN);
            if (!(sink instanceof List)) {
                return false;
            }
            JsonStreamContext holder = p.getParsingContext();
            if (p.currentToken() != null && p.currentToken().isStructStart()) {
                holder = holder.getParent(); // positioned on the value: its own context is one level down
            }
            ((List<String>) sink).add(path(holder, propertyName));
            p.skipChildren();
            return true;
        }

        /** The dotted path of {@code name} inside the object whose parsing context is {@code holder}. */
        private static String path(JsonStreamContext holder, String name) {
            StringBuilder path = new StringBuilder(name);
            for (JsonStreamContext parent = holder.getParent();
                    parent != null && !parent.inRoot();
                    parent = parent.getParent()) {
                if (parent.inArray()) {
                    path.insert(
                            0, "[" + Math.max(0, parent.getCurrentIndex()) + "]" + (path.charAt(0) == '[' ? "" : "."));
                } else if (parent.getCurrentName() != null) { // a buffering context of the record reader has none
                    path.insert(0, parent.getCurrentName() + (path.charAt(0) == '[' ? "" : "."));
                }
            }
            return path.toString();
        }
    }
}
