package dev.voicecampaign.core.contactlist;

import dev.voicecampaign.core.campaign.CallerId;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact as a list holds it: its id (unique in the list), its number in E.164 (unique in the list), and
 * what the upload said of it: the IANA zone it is known to be in, its postal code, the ISO 3166 region its
 * number was given in, and free attributes for the dialer.
 */
public record ListedContact(String id, String phone, Optional<ZoneId> zone, Optional<String> postalCode, Optional<String> region,
                            Map<String, String> attributes) {
    public ListedContact {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("blank contact id");
        Objects.requireNonNull(phone, "phone");
        if (!CallerId.isE164(phone)) throw new IllegalArgumentException("not an E.164 number: " + phone);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(region, "region");
        attributes = Map.copyOf(attributes);
    }

    /** A contact known by its id and number only. */
    public static ListedContact of(String id, String phone) {
        return new ListedContact(id, phone, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** A DNC list's entry: the number only, under {@link #dncEntryId its digits} as the id. */
    public static ListedContact dncEntry(String phone) {
        return of(dncEntryId(phone), phone);
    }

    /** The id a DNC list holds a number under: its digits, so that an entry is addressed by its number with or without the {@code +}. */
    public static String dncEntryId(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }
}
