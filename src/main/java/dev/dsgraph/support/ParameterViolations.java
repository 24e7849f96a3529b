package dev.dsgraph.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;

/**
 * Turns a violated Bean Validation constraint on a query or path parameter into the 400 problem naming the parameter,
 * worded as a person would ("limit must be from 1 to 50, got 1000"); a request with several gets the first parameter's.
 */
final class ParameterViolations {

    private ParameterViolations() {}

    /** The problem for the first violating request parameter of {@code method}, or null when none is about one. */
    static ProblemException first(Collection<? extends ConstraintViolation<?>> violations, Method method) {
        if (method == null) {
            return null;
        }
        ProblemException first = null;
        int firstIndex = Integer.MAX_VALUE;
        for (ConstraintViolation<?> v : violations) {
            Integer index = parameterIndex(v.getPropertyPath());
            if (index == null || index >= firstIndex || index >= method.getParameterCount()) {
                continue;
            }
            Annotation[] annotations = method.getParameters()[index].getAnnotations();
            String name = TypedParameters.name(annotations);
            if (name != null) {
                first = problem(
                        name,
                        annotations,
                        v.getConstraintDescriptor().getAnnotation(),
                        v.getMessage(),
                        v.getInvalidValue());
                firstIndex = index;
            }
        }
        return first;
    }

    /** The problem for one violated {@code constraint} of parameter {@code name}. */
    static ProblemException problem(
            String name, Annotation[] annotations, Annotation constraint, String message, Object value) {
        String detail;
        if (constraint instanceof Min || constraint instanceof Max) {
            detail = name + " must be" + range(annotations) + ", got " + value;
        } else if (constraint instanceof NotNull || constraint instanceof NotBlank) {
            detail = name + " " + message;
        } else {
            detail = name + " " + message
                    + (value == null ? "" : ", got '" + Params.abbreviate(String.valueOf(value)) + "'");
        }
        return ProblemException.badParameter(name, detail);
    }

    /** " from 1 to 50" for a parameter with {@code @Min(1) @Max(50)}, as much of it as is declared. */
    static String range(Annotation[] annotations) {
        Min min = TypedParameters.find(annotations, Min.class);
        Max max = TypedParameters.find(annotations, Max.class);
        return (min == null ? "" : " from " + min.value()) + (max == null ? "" : " to " + max.value());
    }

    private static Integer parameterIndex(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        return null;
    }
}
