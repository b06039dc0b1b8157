package dev.voicecampaign.core.campaign;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A campaign's id, {@code cd-} followed by letters, digits and dashes (as the hosted API issues them).
 */
public record CampaignId(String value) {
    public static final Pattern SHAPE = Pattern.compile("cd-[A-Za-z0-9-]{1,64}");

    public CampaignId {
        if (!isShaped(value)) {
            throw new IllegalArgumentException("not a campaign id: " + value);
        }
    }

    /** The id, or empty when the text cannot be one (so it names no campaign). */
    public static Optional<CampaignId> parse(String text) {
        return isShaped(text) ? Optional.of(new CampaignId(text)) : Optional.empty();
    }

    /** Whether {@code text} has the {@link #SHAPE} of a campaign id. */
    public static boolean isShaped(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
