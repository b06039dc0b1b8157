package dev.voicecampaign.rules.decision;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.vavr.control.Either;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contact's number as Google's libphonenumber reads it: E.164 and the zones it may
 * ring in ({@code PhoneNumberToTimeZonesMapper}: one for most numbers, several where a region spans zones and the
 * number does not say where, such as many US and Canadian area codes or Australian mobiles; none when unknown).
 */
public record ContactNumber(String e164, List<ZoneId> zones) {
    /** The zone ids this JVM knows, read once: {@code ZoneId.getAvailableZoneIds()} copies its set on every call. */
    private static final Set<String> KNOWN_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    public ContactNumber {
        Objects.requireNonNull(e164, "e164");
        zones = List.copyOf(zones);
    }

    /**
     * Reads {@code text}: E.164 ({@code +14155550123}), or a national number ({@code (415) 555-0123}) of
     * {@code defaultRegion} (ISO 3166, such as {@code US}). A number libphonenumber cannot read is
     * {@code decision.number.unreadable}; one it reads but that no region assigns is {@code decision.number.invalid}.
     */
    public static Either<Reason, ContactNumber> parse(String text, Optional<String> defaultRegion) {
        if (text.isBlank()) return Either.left(ReasonCode.NUMBER_MISSING.reason("no phone number given"));
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        PhoneNumber number;
        try {
            number = numbers.parse(text, defaultRegion.orElse("ZZ"));
        } catch (NumberParseException e) {
            return Either.left(ReasonCode.NUMBER_UNREADABLE.reason("cannot read " + Quoted.of(text) + " as a phone number ("
                    + e.getErrorType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"));
        }
        String e164 = numbers.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        // the number's type, found once: UNKNOWN exactly when isValidNumber is false, and the mapper's own
        // getTimeZonesForNumber would find it again (its region scan is most of reading a NANP number)
        PhoneNumberType type = numbers.getNumberType(number);
        if (type == PhoneNumberType.UNKNOWN) {
            return Either.left(ReasonCode.NUMBER_INVALID.reason(e164 + " is not a number any region assigns"));
        }
        PhoneNumberToTimeZonesMapper mapper = PhoneNumberToTimeZonesMapper.getInstance();
        // a geographical number's zones are its prefix's, as the mapper finds them; others, the mapper's country-level answer
        List<String> ids = numbers.isNumberGeographical(type, number.getCountryCode())
                ? mapper.getTimeZonesForGeographicalNumber(number) : mapper.getTimeZonesForNumber(number);
        List<ZoneId> zones = ids.stream().filter(KNOWN_ZONES::contains).map(ZoneId::of).toList();
        return Either.right(new ContactNumber(e164, zones));
    }

    /** The zone {@code id} names, if it is one of this JVM's region ids (such as {@code America/New_York}). */
    public static Optional<ZoneId> knownZone(String id) {
        return KNOWN_ZONES.contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    /** Whether {@code code} is a region (ISO 3166) whose national numbers libphonenumber reads, such as {@code US}. */
    public static boolean isRegion(String code) {
        return PhoneNumberUtil.getInstance().getSupportedRegions().contains(code);
    }

    /** Whether libphonenumber reads {@code e164} as a number some region assigns (its {@code isValidNumber}). */
    public static boolean isAssigned(String e164) {
        try {
            PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
            return numbers.isValidNumber(numbers.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The region (ISO 3166) of an E.164 number such as a caller id, if libphonenumber knows it. */
    public static Optional<String> regionOf(String e164) {
        try {
            PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
            String region = numbers.getRegionCodeForNumber(numbers.parse(e164, "ZZ"));
            return region == null || region.equals("ZZ") ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
