package dev.voicecampaign.core.campaign;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The app (bot, stream) a campaign belongs to: the tenant boundary. The hosted API calls it streamId or iid.
 * Checked by reading characters ({@link #isShaped}), which accepts exactly what {@link #SHAPE} does.
 */
public record StreamId(String value) {
    public static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public StreamId {
        if (!isShaped(value)) {
            throw new IllegalArgumentException("not a stream id: " + value);
        }
    }

    public static Optional<StreamId> parse(String text) {
        return isShaped(text) ? Optional.of(new StreamId(text)) : Optional.empty();
    }

    /** Whether {@code text} has the {@link #SHAPE} of a stream id. */
    public static boolean isShaped(String text) {
        if (text == null || text.isEmpty() || text.length() > 128) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '.' && c != '_' && c != '-')) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
