package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.port.CampaignQuery.SortField;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wire form of a {@link PagePosition}: the opaque {@code nextCursor} of a list answer, sent back as the
 * {@code cursor} of the next request. Unpadded base64url of a versioned text (order, direction, id, sort value);
 * only the one spelling this class writes reads back, anything else is not a cursor.
 */
public final class PageCursor {
    /** Longer than any cursor {@link #encode} writes (about 700 characters at most: a long id, a 48-character name
     * lower-cased into three times as many 3-byte characters); longer texts are not read. */
    public static final int MAX_LENGTH = 1024;
    private static final Pattern TIME = Pattern.compile("-?[0-9]{1,19}\\.[0-9]{1,9}");

    private PageCursor() {
    }

    public static String encode(PagePosition position) {
        String key = switch (position.key()) {
            case PagePosition.ByName(String lname) -> lname;
            case PagePosition.ByTime(Instant at) -> at.getEpochSecond() + "." + at.getNano();
        };
        String text = String.join("\n", "1", position.sortBy().name(), position.ascending() ? "asc" : "desc", position.id().value(), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position {@code cursor} names, or empty when it is not a cursor {@link #encode} wrote. */
    public static Optional<PagePosition> decode(String cursor) {
        if (cursor == null || cursor.length() > MAX_LENGTH) return Optional.empty();
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 5);
            if (parts.length != 5 || !parts[0].equals("1") || !(parts[2].equals("asc") || parts[2].equals("desc"))) return Optional.empty();
            SortField field = SortField.valueOf(parts[1]);
            Optional<CampaignId> id = CampaignId.parse(parts[3]);
            if (id.isEmpty() || field != SortField.NAME && !TIME.matcher(parts[4]).matches()) return Optional.empty();
            PagePosition.Key key = field == SortField.NAME ? new PagePosition.ByName(parts[4]) : new PagePosition.ByTime(time(parts[4]));
            PagePosition position = new PagePosition(field, parts[2].equals("asc"), key, id.get());
            // One spelling only: padding, other alphabets, stray bits and invalid UTF-8 do not round-trip.
            return encode(position).equals(cursor) ? Optional.of(position) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Instant time(String text) {
        int dot = text.indexOf('.');
        return Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
    }
}
