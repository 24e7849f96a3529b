package dev.dsgraph.write;

import dev.dsgraph.concept.ConceptModels.Figure;
import dev.dsgraph.seed.SeedModel.ConceptDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored row of a concept: its derived properties, its figures as stored, and a digest that tells content apart. */
class ConceptRowTest {

    private static ConceptDef def(String summary, List<String> topics, boolean foundational) {
        return new ConceptDef(
                "bloom-filter",
                "Bloom Filter",
                List.of("Bloom filters"),
                summary,
                null,
                topics,
                List.of("hashing"),
                List.of(),
                List.of(new Figure("false positives", 0.01, "ratio", null)),
                null,
                foundational);
    }

    @Test
    void shouldDeriveSearchPropertiesAndStoreFiguresWithEveryField() {
        var row = ConceptRow.of(def("A compact set.", List.of("sets", "hashing"), false))
                .toMap();
        assertThat(row.get("nameLower")).isEqualTo("bloom filter");
        assertThat(row.get("aliasesLower")).isEqualTo(List.of("bloom filters"));
        assertThat(row.get("details")).isEqualTo("");
        assertThat(row.get("topics")).isEqualTo(List.of("hashing", "sets"));
        assertThat(row.get("figures"))
                .isEqualTo("[{\"name\":\"false positives\",\"value\":0.01,\"unit\":\"ratio\",\"note\":null}]");
        assertThat(row).doesNotContainKey("foundational").containsKey("digest");
    }

    @Test
    void shouldGiveEqualContentEqualDigestsWhateverTheTopicOrder() {
        String digest = ConceptRow.of(def("A compact set.", List.of("sets", "hashing"), false))
                .digest();
        assertThat(ConceptRow.of(def("A compact set.", List.of("hashing", "sets"), false))
                        .digest())
                .isEqualTo(digest);
        assertThat(ConceptRow.of(def("Another summary.", List.of("hashing", "sets"), false))
                        .digest())
                .isNotEqualTo(digest);
        assertThat(ConceptRow.of(def("A compact set.", List.of("hashing", "sets"), true))
                        .digest())
                .isNotEqualTo(digest);
    }

    @Test
    void shouldKeepTheDigestOfStoresWrittenBeforeTheWriteModel() {
        // the JSON the digest has always been taken over: a changed format would make every stored concept look changed
        String json = "{\"id\":\"bloom-filter\",\"name\":\"Bloom Filter\",\"nameLower\":\"bloom filter\","
                + "\"aliases\":[\"Bloom filters\"],\"aliasesLower\":[\"bloom filters\"],\"aliasText\":\"Bloom filters\","
                + "\"summary\":\"A compact set.\",\"details\":\"\",\"tags\":[\"hashing\"],\"examples\":[],"
                + "\"figures\":\"[{\\\"name\\\":\\\"false positives\\\",\\\"value\\\":0.01,\\\"unit\\\":\\\"ratio\\\","
                + "\\\"note\\\":null}]\",\"topics\":[\"hashing\",\"sets\"]}";
        assertThat(ConceptRow.of(def("A compact set.", List.of("sets", "hashing"), false))
                        .digest())
                .isEqualTo(ConceptRow.sha256(json));
    }
}
