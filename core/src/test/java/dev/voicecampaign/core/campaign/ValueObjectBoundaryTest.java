package dev.voicecampaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value type accepts the last value inside each limit and rejects the first value outside. */
class ValueObjectBoundaryTest {

    static Stream<Arguments> numericRanges() {
        return Stream.of(
                Arguments.of("priority", 1, 5, (IntFunction<Object>) Priority::new),
                Arguments.of("max attempts", 1, 100, (IntFunction<Object>) MaxAttempts::new),
                Arguments.of("retry period", 1, 1440, (IntFunction<Object>) RetryPeriod::new),
                Arguments.of("ring time", 5, 120, (IntFunction<Object>) RingTime::new),
                Arguments.of("max skips", 0, 100, (IntFunction<Object>) MaxSkips::new));
    }

    @ParameterizedTest(name = "{0} accepts {1}..{2}")
    @MethodSource("numericRanges")
    void numbersAreCheckedAtBothEnds(String what, int min, int max, IntFunction<Object> create) {
        assertThat(create.apply(min)).isNotNull();
        assertThat(create.apply(max)).isNotNull();
        assertThatThrownBy(() -> create.apply(min - 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between " + min + " and " + max);
        assertThatThrownBy(() -> create.apply(max + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was " + (max + 1));
    }

    @Test
    void rangesAreTheDocumentedOnes() {
        assertThat(Priority.RANGE).isEqualTo(new dev.voicecampaign.core.constraint.IntRange(1, 5));
        assertThat(MaxAttempts.RANGE.max()).isEqualTo(100);
        assertThat(RetryPeriod.RANGE.max()).isEqualTo(1440);
        assertThat(RingTime.RANGE.min()).isEqualTo(5);
        assertThat(RingTime.RANGE.max()).isEqualTo(120);
        assertThat(ContactLists.COUNT.max()).isEqualTo(100);
    }

    @Test
    void nameIsOneToFortyEightCodePointsAndNotBlank() {
        assertThat(new CampaignName("x".repeat(48)).value()).hasSize(48);
        assertThat(new CampaignName("a").value()).isEqualTo("a");
        assertThatThrownBy(() -> new CampaignName("x".repeat(49))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignName("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignName("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> new CampaignName(null));
    }

    @Test
    void lengthsCountCodePointsSoAnEmojiIsOneCharacter() {
        String emoji = "\uD83D\uDCDE"; // telephone receiver, two UTF-16 units
        assertThat(new CampaignName(emoji.repeat(48)).value()).hasSize(96);
        assertThatThrownBy(() -> new CampaignName(emoji.repeat(49))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lnameIsTheLocaleIndependentLowerCase() {
        assertThat(new CampaignName("Spring SALE").lname()).isEqualTo("spring sale");
        assertThat(new CampaignName("TITLE").lname()).isEqualTo("title");
    }

    @Test
    void descriptionIsUpTo256AndMayBeEmpty() {
        assertThat(new Description("").value()).isEmpty();
        assertThat(new Description(" ").value()).isEqualTo(" ");
        assertThat(new Description("d".repeat(256)).value()).hasSize(256);
        assertThatThrownBy(() -> new Description("d".repeat(257))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1234567", "+148465123456", "+123456789012345", "+919876543210"})
    void e164NumbersAreCallerIds(String number) {
        assertThat(new CallerId(number).e164()).isEqualTo(number);
        assertThat(CallerId.isE164(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+148465xxxxx", "+123456", "+1234567890123456", "+0123456789", "1234567890",
            "+1 234 567 890", "", "++1234567"})
    void otherTextIsNotACallerId(String text) {
        assertThat(CallerId.isE164(text)).isFalse();
        assertThatThrownBy(() -> new CallerId(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E.164");
    }

    @Test
    void contactListsHoldOneToOneHundredDistinctNames() {
        List<ContactListRef> hundred = IntStream.rangeClosed(1, 100).mapToObj(i -> new ContactListRef("list" + i)).toList();
        assertThat(new ContactLists(hundred).names()).hasSize(100);
        assertThat(ContactLists.of("a").names()).containsExactly("a");
        assertThatThrownBy(() -> new ContactLists(List.of())).isInstanceOf(IllegalArgumentException.class);
        List<ContactListRef> tooMany = Stream.concat(hundred.stream(), Stream.of(new ContactListRef("list101"))).toList();
        assertThatThrownBy(() -> new ContactLists(tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactLists.of("a", "a")).hasMessageContaining("repeat");
    }

    @Test
    void resourceNamesAreOneTo256NonBlankCharacters() {
        assertThat(new QueueRef("q".repeat(256)).name()).hasSize(256);
        assertThatThrownBy(() -> new QueueRef("q".repeat(257))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExperienceFlowRef(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DncListRef("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireNamesRoundTrip() {
        for (DialingMode mode : DialingMode.values()) {
            assertThat(DialingMode.fromWireName(mode.wireName())).contains(mode);
        }
        assertThat(DialingMode.fromWireName("agentless")).isEmpty();
        for (MachineDetection detection : MachineDetection.values()) {
            assertThat(MachineDetection.fromWireValue(detection.wireValue())).contains(detection);
        }
        assertThat(MachineDetection.OFF.enabled()).isFalse();
        assertThat(MachineDetection.DISCONNECT.enabled()).isTrue();
        assertThat(new Priority(3).wireValue()).isEqualTo("3");
    }

    @Test
    void idsHaveTheirDocumentedShape() {
        assertThat(CampaignId.parse("cd-6f1a0b2c-88aa")).map(CampaignId::value).contains("cd-6f1a0b2c-88aa");
        assertThat(CampaignId.parse("cl-123")).isEmpty();
        assertThat(CampaignId.parse("cd-")).isEmpty();
        assertThat(CampaignId.parse("cd-" + "a".repeat(65))).isEmpty();
        assertThat(StreamId.parse("st-12ab.x_y")).isPresent();
        assertThat(StreamId.parse("../etc")).isEmpty();
        assertThat(StreamId.parse("a".repeat(129))).isEmpty();
    }

    @Test
    void aScheduleEndsAfterItStarts() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 0);
        assertThat(new Schedule(start, start.plusMinutes(1), Optional.empty()).end()).isEqualTo(start.plusMinutes(1));
        assertThatThrownBy(() -> new Schedule(start, start, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule.Recurrence.Daily(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule.Recurrence.Weekly(1, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Schedule.Recurrence.Weekly(2, Set.of(DayOfWeek.MONDAY)).days()).containsExactly(DayOfWeek.MONDAY);
    }
}
