package dev.voicecampaign.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.voicecampaign.core.support.Seeds;
import io.vavr.control.Either;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContactNumberTest {
    /** Country codes with one region, several regions (NANP, Australia's islands), mobiles without a place, non-geographic. */
    private static final List<String> COUNTRY_CODES = List.of("1", "61", "44", "49", "81", "52", "55", "91", "7", "800", "979");

    static Stream<Long> seeds() {
        return Seeds.stream(20);
    }

    /** Reading a number once answers what libphonenumber's own isValidNumber and getTimeZonesForNumber answer. */
    @ParameterizedTest
    @MethodSource("seeds")
    void answersAsLibphonenumbersOwnValidityAndZones(long seed) throws NumberParseException {
        SplittableRandom random = Seeds.random(seed);
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        int valid = 0;
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder("+").append(COUNTRY_CODES.get(random.nextInt(COUNTRY_CODES.size())));
            int digits = 6 + random.nextInt(7);
            for (int d = 0; d < digits; d++) text.append((char) ('0' + random.nextInt(10)));
            PhoneNumber number = numbers.parse(text.toString(), "ZZ");
            Either<Reason, ContactNumber> read = ContactNumber.parse(text.toString(), Optional.empty());
            boolean expectedValid = numbers.isValidNumber(number);
            assertThat(read.isRight()).as("%s: %s", Seeds.replay(seed), text).isEqualTo(expectedValid);
            if (expectedValid) {
                valid++;
                List<ZoneId> expectedZones = PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(number).stream()
                        .filter(ZoneId.getAvailableZoneIds()::contains).map(ZoneId::of).toList();
                assertThat(read.get().zones()).as("%s: %s", Seeds.replay(seed), text).isEqualTo(expectedZones);
                assertThat(read.get().e164()).isEqualTo(numbers.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            } else {
                assertThat(read.getLeft().code()).isEqualTo(ReasonCode.NUMBER_INVALID.code());
            }
        }
        assertThat(valid).as("%s: some numbers drawn are valid", Seeds.replay(seed)).isPositive();
    }

    @Test
    void aNewYorkNumberRingsInOneZoneAnAustralianMobileAnywhereInAustraliaAndTollFreeAnywhereInTheNanp() {
        assertThat(ContactNumber.parse("+12125551234", Optional.empty()).get().zones()).containsExactly(ZoneId.of("America/New_York"));
        assertThat(ContactNumber.parse("+61412345678", Optional.empty()).get().zones())
                .contains(ZoneId.of("Australia/Sydney"), ZoneId.of("Australia/Perth"), ZoneId.of("Australia/Lord_Howe"));
        assertThat(ContactNumber.parse("(800) 555-0199", Optional.of("US")).get().zones())
                .contains(ZoneId.of("America/New_York"), ZoneId.of("Pacific/Honolulu"), ZoneId.of("America/Toronto"));
    }

    @Test
    void aNumberNoRegionAssignsAndTextThatIsNoNumberAreRefusedWithTheirCodes() {
        assertThat(ContactNumber.parse("+1 555 010 0000", Optional.empty()).getLeft().code()).isEqualTo(ReasonCode.NUMBER_INVALID.code());
        assertThat(ContactNumber.parse("call me maybe", Optional.empty()).getLeft().code()).isEqualTo(ReasonCode.NUMBER_UNREADABLE.code());
        assertThat(ContactNumber.parse("  ", Optional.empty()).getLeft().code()).isEqualTo(ReasonCode.NUMBER_MISSING.code());
    }
}
