package dev.dsgraph.cache;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The golden answers again with a graph cache budget of 10 concepts against the seed's 134: adjacency lists are
 * dropped and loaded again in batches all the time, and every answer must still be the same.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.SmallBudget.class)
class SmallBudgetGoldenTest extends GoldenAnswersTest {}
