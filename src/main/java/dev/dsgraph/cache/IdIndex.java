package dev.dsgraph.cache;

import java.util.Arrays;

/**
 * Numbers the concept ids one traversal meets, 0, 1, 2, ... in the order they are added, so that the traversal keeps
 * its state in arrays indexed by those numbers instead of maps keyed by id. An open-addressing table of the ids
 * ({@link String#hashCode()} is cached in the string): one probe sequence per lookup, no boxing, no entry objects.
 * Not thread-safe; one per request.
 */
public final class IdIndex {

    private String[] keys;
    private int[] hashes;
    private int[] slots;
    private String[] ids;
    private int size;

    public IdIndex() {
        this(16);
    }

    public IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        slots = new int[capacity];
        ids = new String[Math.max(4, expected)];
    }

    /** How many ids were added. */
    public int size() {
        return size;
    }

    /** The id numbered {@code n}. */
    public String id(int n) {
        return ids[n];
    }

    /** The number of {@code id}, or -1 when it was not added. */
    public int indexOf(String id) {
        return indexOf(id, id.hashCode());
    }

    /**
     * The number of {@code id}, whose {@code hashCode()} the caller already holds, or -1: reads the string only when
     * a key with the same hash is not the same instance.
     */
    public int indexOf(String id, int hash) {
        int mask = keys.length - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == hash && (k == id || k.equals(id))) {
                return slots[i];
            }
        }
    }

    /** The number of {@code id}, added with the next number when new; {@link #size()} tells whether it was new. */
    public int add(String id) {
        return add(id, id.hashCode());
    }

    /** As {@link #add(String)}, with the {@code hashCode()} of {@code id} the caller already holds. */
    public int add(String id, int hash) {
        int mask = keys.length - 1;
        int i = mix(hash) & mask;
        for (; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                break;
            }
            if (hashes[i] == hash && (k == id || k.equals(id))) {
                return slots[i];
            }
        }
        int n = size++;
        keys[i] = id;
        hashes[i] = hash;
        slots[i] = n;
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n] = id;
        if (size * 2 > keys.length) {
            grow();
        }
        return n;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            String k = oldKeys[j];
            if (k != null) {
                int i = mix(oldHashes[j]) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                hashes[i] = oldHashes[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    /** Spreads the hash's high bits down: ids differing only in their last characters must not crowd together. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
