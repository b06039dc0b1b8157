package dev.voicecampaign.json;

/**
 * One {@link String} for a text that requests keep repeating: the names of contact lists, DNC lists,
 * queues and experience flows, caller ids, time zones, window days and times, and the enumerated values
 * (mode, priority, frequency, order, type). A campaign store keeps many campaigns naming the same few;
 * without this each kept its own copy of each name, and every read made them again. Looked up from the
 * parser's characters, so a text read before costs no new String. A small lossy table, safe to use from
 * any thread without locks (a slot holds the last text that hashed there; Strings are immutable, so a
 * racing read sees a whole one or none); a text that misses is made and kept in its slot.
 */
final class RepeatedTexts {
    private static final int SLOTS = 1024;
    /** Longer texts are not looked up: names are short, and free text rarely repeats. */
    static final int MAX_LENGTH = 128;
    private static final String[] TABLE = new String[SLOTS];

    private RepeatedTexts() {
    }

    /** The text in {@code chars[offset, offset + length)}: an equal String read before, or a new one. */
    static String of(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) return new String(chars, offset, length);
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) hash = 31 * hash + chars[i];
        int slot = (hash ^ hash >>> 16) & SLOTS - 1;
        String known = TABLE[slot];
        if (known != null && sameText(known, chars, offset, length)) return known;
        String text = new String(chars, offset, length);
        TABLE[slot] = text;
        return text;
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
        if (known.length() != length) return false;
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) return false;
        }
        return true;
    }
}
