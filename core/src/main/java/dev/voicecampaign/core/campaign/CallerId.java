package dev.voicecampaign.core.campaign;

import java.util.Optional;
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

    /** The caller id {@code text} is, or empty when it does not have the {@link #E164} shape. */
    public static Optional<CallerId> parse(String text) {
        return isE164(text) ? Optional.of(new CallerId(text)) : Optional.empty();
    }

    /** Whether {@code text} has the {@link #E164} shape. */
    public static boolean isE164(String text) {
        return text != null && E164.matcher(text).matches();
    }

    @Override
    public String toString() {
        return e164;
    }
}
