package dev.dsgraph.graph;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeOrderTest {

    @Test
    void barredComparisonShouldOrderAsTheStringsWithABarAppended() {
        Random random = new Random(5);
        String alphabet = "ab-_0Z";
        for (int i = 0; i < 20_000; i++) {
            String a = word(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + word(random, alphabet) : word(random, alphabet);
            if (random.nextBoolean()) {
                String t = a;
                a = b;
                b = t;
            }
            assertThat(Integer.signum(Neighbourhood.compareBarred(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum((a + "|").compareTo(b + "|")));
        }
    }

    private static String word(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
