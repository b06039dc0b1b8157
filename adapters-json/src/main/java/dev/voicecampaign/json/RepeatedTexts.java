package dev.voicecampaign.json;

/**
 * One {@link String} for a text that requests keep repeating: the names of contact lists, DNC lists,
 * queues and experience flows, caller ids, time zones, window times. A campaign store keeps many campaigns naming
 * the same few; without this each kept its own copy of each name. A small lossy table, safe to use
 * from any thread without locks (a slot holds the last text that hashed there; Strings are
 * immutable, so a racing read sees a whole one or none); a text that misses is simply kept as read.
 */
final class RepeatedTexts {
    private static final int SLOTS = 1024;
    /** Longer texts are not looked up: names are short, and free text rarely repeats. */
    static final int MAX_LENGTH = 128;
    private static final String[] TABLE = new String[SLOTS];

    private RepeatedTexts() {
    }

    /** {@code text}, or an equal String read before. */
    static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) return text;
        int hash = text.hashCode();
        int slot = (hash ^ hash >>> 16) & SLOTS - 1;
        String known = TABLE[slot];
        if (known != null && known.hashCode() == hash && known.equals(text)) return known;
        TABLE[slot] = text;
        return text;
    }
}
