package dev.voicecampaign.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallingHoursBoundaryTest {
    @ParameterizedTest
    @CsvSource({"12:00 AM,00:00", "12:59 AM,00:59", "1:00 AM,01:00", "09:05 AM,09:05", "11:59 AM,11:59",
            "12:00 PM,12:00", "12:59 PM,12:59", "1:00 PM,13:00", "11:59 PM,23:59"})
    void wireTimesParse(String wire, LocalTime expected) {
        assertThat(WireTime.parse(wire)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13:00 PM", "0:30 AM", "00:30 AM", "9:5 AM", "9:60 AM", "9:00AM", "9:00 am", "9:00 AM ", "21:00", ""})
    void otherTextIsNotAWireTime(String text) {
        assertThat(WireTime.parse(text)).isEmpty();
    }

    @Test
    void wireTimesFormatInTheShortestForm() {
        assertThat(WireTime.format(LocalTime.MIDNIGHT)).isEqualTo("12:00 AM");
        assertThat(WireTime.format(LocalTime.of(9, 5))).isEqualTo("9:05 AM");
        assertThat(WireTime.format(LocalTime.NOON)).isEqualTo("12:00 PM");
        assertThat(WireTime.format(LocalTime.of(23, 59))).isEqualTo("11:59 PM");
    }

    @Test
    void everyMinuteOfTheDayFormatsAndReadsBack() {
        for (int m = 0; m < 24 * 60; m++) {
            LocalTime time = LocalTime.of(m / 60, m % 60);
            assertThat(WireTime.parse(WireTime.format(time))).as("%s", time).contains(time);
        }
        assertThat(WireTime.parse(null)).isEmpty();
    }

    @Test
    void dayNamesAreTwoUpperCaseLetters() {
        for (DayOfWeek day : DayOfWeek.values()) assertThat(WireDay.parse(WireDay.format(day))).contains(day);
        assertThat(WireDay.format(DayOfWeek.THURSDAY)).isEqualTo("TH");
        for (String text : new String[] {"Mo", "mo", "MON", "M", "", " MO", null}) assertThat(WireDay.parse(text)).as("%s", text).isEmpty();
    }

    @Test
    void aWindowMayNotStartWhereItEndsUnlessItIsTheWholeDay() {
        assertThat(CallingWindow.everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).minutes()).isEqualTo(24 * 60);
        assertThatThrownBy(() -> CallingWindow.everyDay(LocalTime.NOON, LocalTime.NOON)).hasMessageContaining("ambiguous");
        assertThat(CallingWindow.everyDay(LocalTime.of(12, 0), LocalTime.of(12, 1)).minutes()).isEqualTo(1);
        assertThat(CallingWindow.everyDay(LocalTime.of(12, 1), LocalTime.of(12, 0)).minutes()).isEqualTo(24 * 60 - 1);
        assertThatThrownBy(() -> CallingWindow.everyDay(LocalTime.of(9, 0, 30), LocalTime.NOON)).hasMessageContaining("minute precision");
    }

    @Test
    void overnightMeansPastMidnight() {
        assertThat(CallingWindow.everyDay(LocalTime.of(22, 0), LocalTime.of(2, 0)).overnight()).isTrue();
        assertThat(CallingWindow.everyDay(LocalTime.of(22, 0), LocalTime.MIDNIGHT).overnight()).isFalse();
    }

    @Test
    void callingHoursHoldOneToFiftyWindows() {
        ZoneId utc = ZoneId.of("UTC");
        CallingWindow w = CallingWindow.on(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(new CallingHours(Frequency.CUSTOM, utc, Collections.nCopies(50, w)).windows()).hasSize(50);
        assertThatThrownBy(() -> new CallingHours(Frequency.CUSTOM, utc, Collections.nCopies(51, w)))
                .hasMessageContaining("between 1 and 50");
        assertThatThrownBy(() -> new CallingHours(Frequency.CUSTOM, utc, List.of())).hasMessageContaining("between 1 and 50");
    }

    @Test
    void onlyDailyHoursMayOmitTheDay() {
        CallingWindow anyDay = new CallingWindow(Optional.empty(), LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(new CallingHours(Frequency.DAILY, ZoneId.of("UTC"), List.of(anyDay)).windows()).hasSize(1);
        assertThatThrownBy(() -> new CallingHours(Frequency.WEEKLY, ZoneId.of("UTC"), List.of(anyDay)))
                .hasMessageContaining("need a day");
    }
}
