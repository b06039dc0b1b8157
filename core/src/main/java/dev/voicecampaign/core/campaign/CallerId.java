package dev.voicecampaign.core.campaign;

import java.util.regex.Pattern;

/**
 * The number shown to the called party, in E.164 form: a plus sign, then 7 to 15 digits,
 * the first of which is not 0. Masked sample numbers such as {@code +148465xxxxx} are not caller ids.
 */
public record CallerId(String e164) {
    /** The E.164 shape accepted; the rule sets and the docs quote it from here. */
    public static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public CallerId {
        if (!isE164(e164)) {
            throw new IllegalArgumentException("caller id must be E.164 (" + E164.pattern() + "), was " + e164);
        }
    }

    /** The caller id made last by {@link #of}: one validation asks for the same one several times. */
    private static CallerId lastMade;

    /**
     * The caller id {@code e164} names, as the constructor makes it, but handed out again when asked
     * for the very same String as last time (requests repeat their caller ids, and one validation asks
     * for it more than once), which saves checking it again. Immutable, so a racy read sees a whole one.
     */
    public static CallerId of(String e164) {
        CallerId last = lastMade;
        if (last != null && last.e164 == e164) return last;
        CallerId made = new CallerId(e164);
        lastMade = made;
        return made;
    }

    /** Whether {@code text} has the {@link #E164} shape; reads the characters directly (no matcher: it is on every validation's path). */
    public static boolean isE164(String text) {
        if (text == null || text.length() < 8 || text.length() > 16 || text.charAt(0) != '+' || text.charAt(1) < '1' || text.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return e164;
    }
}
