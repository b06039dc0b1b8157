package dev.voicecampaign.core.campaign;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A campaign's id, {@code cd-} followed by letters, digits and dashes (as the hosted API issues them).
 * Checked by reading characters ({@link #isShaped}), which accepts exactly what {@link #SHAPE} does:
 * every GET, update and delete reads an id from its path.
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
        if (text == null || text.length() < 4 || text.length() > 67 || !text.startsWith("cd-")) return false;
        for (int i = 3; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
