package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.TextLimit;

/** What the campaign is for: at most 256 characters; an empty description is allowed. */
public record Description(String value) {
    public static final TextLimit LIMIT = TextLimit.upTo(256);

    public Description {
        LIMIT.require(value, "description");
    }

    @Override
    public String toString() {
        return value;
    }
}
