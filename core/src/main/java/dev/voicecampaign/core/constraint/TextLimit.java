package dev.voicecampaign.core.constraint;

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
        return length(text) < minLength || (!blankAllowed && text.isBlank());
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
