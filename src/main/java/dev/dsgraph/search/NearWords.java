package dev.dsgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the words of a dictionary that may lie within a few edits of a query word without comparing the query with
 * every word: words are filed by length and by the letter pairs (bigrams) they contain, and by the q-gram lemma two
 * words of lengths m and n within k edits share at least max(m, n) - 1 - 2k bigrams (counted with repetition). Only the
 * words of the lengths within k that share that many bigrams are offered; the caller still measures the distance.
 * Words are only ever added (a caller that removes words checks that an offered word is still live). Not thread-safe
 * for writers; searches may run concurrently with each other.
 */
final class NearWords {

    /** One length's words, and their bigram postings: word numbers, once per occurrence of the bigram in the word. */
    private static final class Bucket {
        final Map<Integer, IntList> postings = new HashMap<>();
        final IntList words = new IntList();
    }

    /** Per-thread counters, one per word, reset after every lookup. */
    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[][] {new int[0]});

    private final List<String> words = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<Integer, Bucket> byLength = new HashMap<>();

    /** Files a word (again: a no-op). */
    void add(String word) {
        if (numbers.containsKey(word)) {
            return;
        }
        int number = words.size();
        words.add(word);
        numbers.put(word, number);
        Bucket bucket = byLength.computeIfAbsent(word.length(), k -> new Bucket());
        bucket.words.add(number);
        for (int i = 0; i + 1 < word.length(); i++) {
            bucket.postings.computeIfAbsent(bigram(word, i), k -> new IntList()).add(number);
        }
    }

    /** Offers every filed word that may be within {@code edits} edits of {@code query} (and some that are not). */
    void near(String query, int edits, Consumer<String> offer) {
        Map<Integer, Integer> wanted = new HashMap<>();
        for (int i = 0; i + 1 < query.length(); i++) {
            wanted.merge(bigram(query, i), 1, Integer::sum);
        }
        int[][] scratch = SCRATCH.get();
        if (scratch[0].length < words.size()) {
            scratch[0] = new int[Math.max(words.size(), scratch[0].length * 2)];
        }
        int[] count = scratch[0];
        for (int length = Math.max(1, query.length() - edits); length <= query.length() + edits; length++) {
            Bucket bucket = byLength.get(length);
            if (bucket == null) {
                continue;
            }
            int needed = Math.max(length, query.length()) - 1 - 2 * edits;
            if (needed <= 0) {
                for (int i = 0; i < bucket.words.size; i++) {
                    offer.accept(words.get(bucket.words.values[i]));
                }
                continue;
            }
            IntList touched = new IntList();
            for (var e : wanted.entrySet()) {
                IntList posting = bucket.postings.get(e.getKey());
                if (posting == null) {
                    continue;
                }
                int[] p = posting.values;
                int size = posting.size;
                int times = e.getValue();
                for (int i = 0; i < size; ) {
                    int word = p[i];
                    int run = 0;
                    while (i < size && p[i] == word) {
                        run++;
                        i++;
                    }
                    if (count[word] == 0) {
                        touched.add(word);
                    }
                    count[word] += Math.min(run, times);
                }
            }
            for (int t = 0; t < touched.size; t++) {
                int word = touched.values[t];
                if (count[word] >= needed) {
                    offer.accept(words.get(word));
                }
                count[word] = 0;
            }
        }
    }

    /** The two characters as one number, scrambled by an odd multiplier (still one number per pair) to hash well. */
    private static int bigram(String word, int i) {
        return ((word.charAt(i) << 16) | word.charAt(i + 1)) * 0x9E3779B1;
    }
}
