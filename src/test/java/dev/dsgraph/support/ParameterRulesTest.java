package dev.dsgraph.support;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The id constraint, the parameter converters and the wording of parameter problems, without HTTP. */
class ParameterRulesTest {

    enum Shape {
        plain,
        cytoscape
    }

    @SuppressWarnings("unused")
    void sample(
            @QueryParam("limit") @Min(1) @Max(50) int limit,
            @QueryParam("q") @NotBlank(message = "is required") String q) {}

    private static Annotation[] annotations(int parameter) throws NoSuchMethodException {
        return ParameterRulesTest.class
                .getDeclaredMethod("sample", int.class, String.class)
                .getParameters()[parameter]
                .getAnnotations();
    }

    @Test
    void shouldAcceptKebabCaseIdsOnly() {
        ConceptId.Validator validator = new ConceptId.Validator();

        assertThat(validator.isValid("vector-clock", null)).isTrue();
        assertThat(validator.isValid("a1-b2", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid(" ", null)).isTrue();
        assertThat(validator.isValid("Vector_Clock", null)).isFalse();
        assertThat(validator.isValid("-a", null)).isFalse();
        assertThat(validator.isValid("a--b", null)).isFalse();
        assertThat(validator.isValid("') MATCH (n) DETACH DELETE n", null)).isFalse();
        assertThat(validator.isValid("a".repeat(ConceptId.MAX), null)).isTrue();
        assertThat(validator.isValid("a".repeat(ConceptId.MAX + 1), null)).isFalse();
    }

    @Test
    void shouldNameTheParameterAndItsRangeForANonNumber() throws Exception {
        Annotation[] limit = annotations(0);

        assertThat(TypedParameters.whole("limit", " 7 ", limit)).isEqualTo(7);
        assertThatThrownBy(() -> TypedParameters.whole("limit", "x", limit))
                .isInstanceOf(BadRequestException.class)
                .cause()
                .hasMessage("limit must be a whole number from 1 to 50, got 'x'");
    }

    @Test
    void shouldParseEnumsAndBooleansStrictly() {
        assertThat(TypedParameters.constant("format", "Cytoscape", Shape.class)).isEqualTo(Shape.cytoscape);
        assertThatThrownBy(() -> TypedParameters.constant("format", "svg", Shape.class))
                .cause()
                .hasMessage("format must be one of plain, cytoscape, got 'svg'");
        assertThat(TypedParameters.truth("withPrerequisites", "TRUE")).isTrue();
        assertThatThrownBy(() -> TypedParameters.truth("withPrerequisites", "yes"))
                .cause()
                .hasMessage("withPrerequisites must be one of true, false, got 'yes'");
    }

    @Test
    void shouldWordViolationsAsBeforeTheConstraintsExisted() throws Exception {
        Annotation[] limit = annotations(0);
        Annotation[] q = annotations(1);

        assertThat(ParameterViolations.problem("limit", limit, limit[1], "must be greater than or equal to 1", 0)
                        .getMessage())
                .isEqualTo("limit must be from 1 to 50, got 0");
        assertThat(ParameterViolations.problem("q", q, q[1], "is required", null)
                        .getMessage())
                .isEqualTo("q is required");
        ProblemException id =
                ParameterViolations.problem("id", new Annotation[0], null, "must be a lowercase kebab-case id", "Bad!");
        assertThat(id.getMessage()).isEqualTo("id must be a lowercase kebab-case id, got 'Bad!'");
        assertThat(id.toProblem(null, "id").status()).isEqualTo(400);
    }
}
