package org.openbcf.examples.io;

import org.openbcf.core.internal.Checks;

/**
 * The row where each key of a file was first seen, in bounded memory: what a streaming reader needs to
 * refuse a repeated id or case name ({@code 'A' repeats the id of row 2}) without keeping the rows.
 *
 * <p>A key is kept as a 64-bit fingerprint with its row, 12 bytes a slot and at most 32 bytes a key
 * (the table doubles at three-quarters full), never its text, so three million risks need at most
 * about 100 MB for the check, whatever the length of their ids. Two different keys with the same fingerprint, a chance
 * below one in 10^10 for a million keys, would be taken as a repeat. A row beyond
 * {@link Integer#MAX_VALUE} is remembered as {@link #UNKNOWN_ROW}. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class FirstRows {

    /** What {@link #add} returns for a key not seen before, e.g. the first {@code 'A'}. */
    public static final long NEW = 0;

    /** What {@link #add} returns for a repeat of a key first seen beyond row {@link Integer#MAX_VALUE}. */
    public static final long UNKNOWN_ROW = -1;

    private long[] keys = new long[64];
    private int[] rows = new int[64];
    private int size;

    /**
     * An empty set of keys.
     */
    public FirstRows() {
    }

    /**
     * Records a key seen at a row, e.g. {@code add("NN2-R3", 4)}.
     *
     * @param key the key, not null
     * @param row the row it is on, at least 1
     * @return {@link #NEW} when the key is new; else the row where it was first seen (or
     *         {@link #UNKNOWN_ROW} when that row is beyond {@link Integer#MAX_VALUE})
     */
    public long add(String key, long row) {
        Checks.notNull(key, "key");
        Checks.inRange(row, 1, Long.MAX_VALUE, "row");
        if (size * 4L >= keys.length * 3L) {
            grow();
        }
        return insert(fingerprint(key), row > Integer.MAX_VALUE ? 0 : (int) row);
    }

    /**
     * How many distinct keys were added.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldRows[i]);
            }
        }
    }

    private long insert(long key, int row) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return rows[i] == 0 ? UNKNOWN_ROW : rows[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        rows[i] = row;
        size++;
        return NEW;
    }

    /** FNV-1a over the UTF-16 units, then a murmur finaliser; never 0 (0 marks an empty slot). */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= (long) key.length() << 48;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
