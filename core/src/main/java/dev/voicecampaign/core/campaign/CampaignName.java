package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.TextLimit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The campaign's display name: 1 to 48 characters, not blank, unique per stream in its compared form
 * ({@link #lname()}): names that differ only in case, outer or doubled spaces, or Unicode normalisation
 * are one name. The name itself is kept as sent.
 */
public record CampaignName(String value) {
    public static final TextLimit LIMIT = TextLimit.required(48);
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    public CampaignName {
        LIMIT.require(value, "campaign name");
    }

    /** The compared form the hosted API calls {@code lname}; names are unique on it. */
    public String lname() {
        return lnameOf(value);
    }

    /**
     * {@code name} as names are compared: white space trimmed and each run of it one space, lower case,
     * Unicode NFC ({@code "  Cafe\u0301  Bar"} and {@code "café bar"} compare equal).
     */
    public static String lnameOf(String name) {
        String spaced = SPACES.matcher(name).replaceAll(" ").strip();
        return Normalizer.normalize(spaced.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return value;
    }
}
