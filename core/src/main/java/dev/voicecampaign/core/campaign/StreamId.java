package dev.voicecampaign.core.campaign;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The app (bot, stream) a campaign belongs to: the tenant boundary. The hosted API calls it streamId or iid.
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
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
