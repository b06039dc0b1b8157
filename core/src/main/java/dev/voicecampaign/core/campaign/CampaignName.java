package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.TextLimit;

import java.util.Locale;

/** The campaign's display name: 1 to 48 characters, not blank, unique per stream ignoring case. */
public record CampaignName(String value) {
    public static final TextLimit LIMIT = TextLimit.required(48);

    public CampaignName {
        LIMIT.require(value, "campaign name");
    }

    /** The lower-case form the hosted API calls {@code lname}; names are unique on it. */
    public String lname() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
