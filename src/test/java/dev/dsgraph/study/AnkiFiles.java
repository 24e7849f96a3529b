package dev.dsgraph.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal reader of Anki import files, as Anki splits them: header lines, then one note per tab-separated line. */
final class AnkiFiles {

    private AnkiFiles() {}

    static Map<String, String> headers(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        text.lines().filter(l -> l.startsWith("#")).forEach(l -> {
            int colon = l.indexOf(':');
            out.put(l.substring(1, colon), l.substring(colon + 1));
        });
        return out;
    }

    /** The note lines split on tabs, keeping empty fields. */
    static List<String[]> rows(String text) {
        List<String[]> out = new ArrayList<>();
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> out.add(l.split("\t", -1)));
        return out;
    }
}
