package dev.dsgraph.cache;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The service against a Neo4j of its own holding only the seed: no other test's writes. */
public class FreshGraphProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Neo4jTestResource.class));
    }

    /** As {@link FreshGraphProfile}, with a graph cache budget of 10 concepts: far below the seed's. */
    public static class SmallBudget extends FreshGraphProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("kg.cache.max-concepts", "10");
        }
    }
}
