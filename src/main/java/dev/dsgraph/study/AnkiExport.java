package dev.dsgraph.study;

import dev.dsgraph.study.StudyModels.Flashcard;

import java.util.List;

/**
 * Flashcards as an Anki import file: tab-separated, with the file headers Anki reads (separator, html, note type,
 * deck, columns, the guid and tags columns). The guid is the card id, so importing a newer file updates the notes
 * instead of duplicating them. Hand-written: the format is four header lines and an escaping rule.
 */
final class AnkiExport {

    public static final String MEDIA_TYPE = "text/tab-separated-values";
    public static final int COLUMNS = 4;

    private AnkiExport() {}

    static String text(String deck, List<Flashcard> cards) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#notetype:Basic\n#deck:")
                .append(header(deck))
                .append('\n')
                .append("#columns:guid\tFront\tBack\tTags\n#guid column:1\n#tags column:4\n");
        for (Flashcard card : cards) {
            out.append(field(card.id()))
                    .append('\t')
                    .append(field(card.front()))
                    .append('\t')
                    .append(field(card.back()))
                    .append('\t')
                    .append(String.join(
                            " ", card.tags().stream().map(AnkiExport::tag).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * A field as HTML on one line: markup characters and quotes as entities (so text never becomes markup and the
     * importer never sees a quoted field), tabs as {@code &#9;}, line breaks as {@code <br>}.
     */
    static String field(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("<br>");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append("<br>");
                    }
                }
                default -> out.append(Character.isISOControl(ch) ? ' ' : ch);
            }
        }
        return out.toString();
    }

    /** An Anki tag: no spaces (they separate tags), no control characters. */
    private static String tag(String t) {
        return t.replaceAll("[\\s\\p{Cntrl}\"]+", "_");
    }

    private static String header(String value) {
        return value.replaceAll("[\\t\\r\\n\\p{Cntrl}]+", " ").trim();
    }
}
