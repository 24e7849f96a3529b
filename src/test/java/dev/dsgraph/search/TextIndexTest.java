package dev.dsgraph.search;

import dev.dsgraph.cache.ConceptInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory search index on its own: matching rules, ranking and updates. */
class TextIndexTest {

    private static ConceptInfo concept(String id, String name, List<String> aliases, String summary) {
        return new ConceptInfo(id, name, name.toLowerCase(), summary, aliases, List.of(), List.of());
    }

    private static TextIndex index() {
        List<ConceptInfo> concepts = List.of(
                concept("vector-clock", "Vector clock", List.of("version vector"), "Per-process counters."),
                concept("geohashing", "Geohashing", List.of(), "Encodes a location as a short string."),
                concept("consistent-hashing", "Consistent hashing", List.of("hash ring"), "Keys on a ring of nodes."),
                concept("capacity", "Capacity planning", List.of(), "How much a system can take."),
                concept("clock-drift", "Clock drift", List.of(), "A crystal oscillator runs fast or slow."));
        Map<String, List<String>> texts = new java.util.HashMap<>();
        concepts.forEach(c -> texts.put(
                c.id(),
                List.of(
                        c.name(),
                        String.join(" ; ", c.aliases()),
                        c.summary(),
                        c.id().equals("consistent-hashing")
                                ? "Adding a node moves few keys; a vector of hashes"
                                : "")));
        return TextIndex.build(concepts, texts);
    }

    @Test
    void shouldRankExactNamesThenAliasesThenText() {
        TextIndex index = index();
        assertThat(index.search("Vector Clock", 10).get(0))
                .extracting(TextIndex.Hit::id, TextIndex.Hit::match)
                .containsExactly("vector-clock", "exact-name");
        TextIndex.Hit alias = index.search("hash ring", 10).get(0);
        assertThat(alias.match()).isEqualTo("exact-alias");
        assertThat(alias.alias()).isEqualTo("hash ring");
        assertThat(index.search("vector", 10))
                .extracting(TextIndex.Hit::id)
                .containsExactly("vector-clock", "consistent-hashing");
    }

    @Test
    void shouldTolerateTyposCompoundsAndSplitWords() {
        TextIndex index = index();
        TextIndex.Hit typo = index.search("vectr clok", 10).get(0);
        assertThat(typo.id()).isEqualTo("vector-clock");
        assertThat(typo.fields()).contains("name");
        assertThat(index.search("vectorclock", 10))
                .extracting(TextIndex.Hit::id)
                .first()
                .isEqualTo("vector-clock");
        assertThat(index.search("geo hashing", 10))
                .extracting(TextIndex.Hit::id)
                .first()
                .isEqualTo("geohashing");
        assertThat(index.search("consis", 10))
                .extracting(TextIndex.Hit::id)
                .first()
                .isEqualTo("consistent-hashing");
        assertThat(index.search("oscillator", 10).get(0).fields()).contains("summary");
    }

    @Test
    void shouldNotMatchShortWordsFuzzily() {
        TextIndex index = index();
        // "cap" is a prefix of "capacity" but no typo of anything: "cop" matches nothing
        assertThat(index.search("cap", 10)).extracting(TextIndex.Hit::id).containsExactly("capacity");
        assertThat(index.search("cop", 10)).isEmpty();
        assertThat(index.search("(((", 10)).isEmpty();
    }

    @Test
    void shouldFollowUpdatesAndRemovals() {
        TextIndex index = index();
        index.put(concept("geohashing", "Geo hash grid", List.of("geohash"), "Cells of a grid."), null);
        assertThat(index.search("location", 10)).isEmpty(); // a word of the old summary only
        assertThat(index.search("geo hash grid", 10).get(0).match()).isEqualTo("exact-name");
        assertThat(index.search("geohash", 10).get(0).match()).isEqualTo("exact-alias");
        index.remove("vector-clock");
        assertThat(index.search("vector clock", 10))
                .extracting(TextIndex.Hit::id)
                .doesNotContain("vector-clock");
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void wordCharactersAreExactlyTheLettersAndNumbersOfTheRegex() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]");
        int checked = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            boolean expected = word.matcher(new String(Character.toChars(cp))).matches();
            if (TextIndex.wordChar(cp) != expected) {
                throw new AssertionError("code point " + Integer.toHexString(cp) + ": expected " + expected);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(1_000_000);
        assertThat(TextIndex.words("Lamport's clock (1978), Ærø-ID ½ x²", 10))
                .containsExactly("lamport", "s", "clock", "1978", "ærø", "id", "½", "x²");
    }
}
