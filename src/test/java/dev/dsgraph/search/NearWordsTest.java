package dev.dsgraph.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NearWordsTest {

    /** Random words over a small alphabet (so that many lie within an edit or two of each other), digits included. */
    private static List<String> words(SplittableRandom random, int count) {
        String alphabet = "abcdeor01";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder w = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int k = 0; k < length; k++) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(w.toString());
        }
        return out;
    }

    @Test
    void offersEveryWordWithinTheEditsAndNothingOfAnotherLength() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> dictionary = words(random, 3000);
        NearWords near = new NearWords();
        dictionary.forEach(near::add);
        int checked = 0;
        for (String query : words(random, 400)) {
            for (int edits = 1; edits <= 2; edits++) {
                Set<String> offered = new HashSet<>();
                int k = edits;
                near.near(query, k, offered::add);
                for (String word : dictionary) {
                    if (TextIndex.distance(query, word, k) <= k) {
                        assertThat(offered)
                                .as("%s is within %d edits of %s", word, k, query)
                                .contains(word);
                        checked++;
                    }
                }
                assertThat(offered).allMatch(w -> Math.abs(w.length() - query.length()) <= k);
            }
        }
        assertThat(checked).as("the random words must give near pairs to check").isGreaterThan(1000);
    }

    @Test
    void leavesOutWordsThatShareTooFewLetterPairs() {
        NearWords near = new NearWords();
        List.of("replica", "replicas", "replay", "1234567", "quorum", "rpelica").forEach(near::add);
        Set<String> offered = new HashSet<>();
        near.near("replica", 2, offered::add);
        assertThat(offered).contains("replica", "replicas", "rpelica").doesNotContain("1234567", "quorum");
    }
}
