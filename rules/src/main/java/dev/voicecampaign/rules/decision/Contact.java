package dev.voicecampaign.rules.decision;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A person to call, as a contact list gives them: a number (E.164, or national with a region), and optionally an
 * id, the IANA zone they are known to be in, and the ISO 3166 region of a national number.
 */
public record Contact(Optional<String> id, String phone, Optional<ZoneId> zone, Optional<String> region) {
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(region, "region");
    }

    /** A contact known by its number only. */
    public static Contact of(String phone) {
        return new Contact(Optional.empty(), phone, Optional.empty(), Optional.empty());
    }

    public Contact withZone(ZoneId v) {
        return new Contact(id, phone, Optional.of(v), region);
    }

    public Contact withRegion(String v) {
        return new Contact(id, phone, zone, Optional.of(v));
    }
}
