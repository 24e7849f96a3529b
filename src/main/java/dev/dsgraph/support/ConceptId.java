package dev.dsgraph.support;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * The shape of an id in the graph (a concept, a topic, a tag): a lowercase kebab-case slug of at most {@value #MAX}
 * characters. The one place the pattern is written. Null and blank are valid, as an absent optional parameter is (add
 * {@code @NotBlank} where the id is required).
 */
@Documented
@Constraint(validatedBy = ConceptId.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConceptId {

    String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    int MAX = 64;

    String message() default
            "must be a lowercase kebab-case id such as 'vector-clock' (at most " + MAX + " characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the shape; also usable on its own. */
    class Validator implements ConstraintValidator<ConceptId, String> {

        private static final Pattern SHAPE = Pattern.compile(PATTERN);

        /** True when {@code id} has the shape of an id. */
        public static boolean valid(String id) {
            return id.length() <= MAX && SHAPE.matcher(id).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || valid(value);
        }
    }
}
