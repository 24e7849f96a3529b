package dev.dsgraph.search;

import java.util.Arrays;

/** A growable list of ints, for postings and scratch lists. */
final class IntList {
    int[] values = new int[4];
    int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }
}
