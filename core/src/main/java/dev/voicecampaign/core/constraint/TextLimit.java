package dev.voicecampaign.core.constraint;

import java.util.regex.Pattern;

/**
 * Length limits of a text, counted in Unicode code points (an emoji counts as one character),
 * and whether a text made only of white space is acceptable.
 */
public record TextLimit(int minLength, int maxLength, boolean blankAllowed) {
    public TextLimit {
        if (minLength < 0 || minLength > maxLength) {
            throw new IllegalArgumentException("bad length limits " + minLength + ".." + maxLength);
        }
    }

    /** A text of 1..max characters that is not blank. */
    public static TextLimit required(int maxLength) {
        return new TextLimit(1, maxLength, false);
    }

    /** A text of 0..max characters, blank allowed. */
    public static TextLimit upTo(int maxLength) {
        return new TextLimit(0, maxLength, true);
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    public boolean isTooLong(String text) {
        return length(text) > maxLength;
    }

    public boolean isTooShortOrBlank(String text) {
        return length(text) < minLength || (!blankAllowed && isBlank(text));
    }

    /**
     * The characters a blank text is made of, as a regular-expression class body that Java and ECMAScript read alike:
     * white space and Unicode spaces (U+00A0, U+2007, U+202F, U+3000...) and the byte order mark U+FEFF, the set
     * ECMAScript's {@code \s} holds and {@link String#isBlank} misses in part. JSON Schemas publish it from here.
     */
    public static final String BLANK_CHARACTERS = "\\s\\u001c-\\u001f\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
    private static final Pattern NOT_BLANK = Pattern.compile("[^" + BLANK_CHARACTERS + "]");

    /**
     * Whether {@code text} is made of {@link #BLANK_CHARACTERS} only. A text that starts with printable ASCII other than
     * the space (most do) is answered without the pattern, which cost 10 % of a parsed draft's validation.
     */
    public static boolean isBlank(String text) {
        if (!text.isEmpty() && text.charAt(0) > ' ' && text.charAt(0) < 0x7F) return false;
        return !NOT_BLANK.matcher(text).find();
    }

    public boolean accepts(String text) {
        return text != null && !isTooLong(text) && !isTooShortOrBlank(text);
    }

    /** Throws when {@code text} does not fit; used by compact constructors of value types. */
    public String require(String text, String what) {
        if (text == null) throw new NullPointerException(what + " is null");
        if (!accepts(text)) {
            throw new IllegalArgumentException(what + " must be " + minLength + ".." + maxLength
                    + " characters" + (blankAllowed ? "" : " and not blank") + ", was " + length(text));
        }
        return text;
    }
}
