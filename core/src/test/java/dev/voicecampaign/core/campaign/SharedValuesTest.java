package dev.voicecampaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicecampaign.core.hours.CallingWindow;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values a store keeps by the hundred thousand are shared where equal, and equal to what the constructors make. */
class SharedValuesTest {
    @Test
    void smallNumbersAreSharedAndCheckedAsTheConstructorsCheckThem() {
        for (int v = 1; v <= 5; v++) assertThat(Priority.of(v)).isSameAs(Priority.of(v)).isEqualTo(new Priority(v));
        for (int v = 1; v <= 100; v++) assertThat(MaxAttempts.of(v)).isSameAs(MaxAttempts.of(v)).isEqualTo(new MaxAttempts(v));
        for (int v = 1; v <= 1440; v++) assertThat(RetryPeriod.of(v)).isSameAs(RetryPeriod.of(v)).isEqualTo(new RetryPeriod(v));
        for (int v = 5; v <= 120; v++) assertThat(RingTime.of(v)).isSameAs(RingTime.of(v)).isEqualTo(new RingTime(v));
        assertThatThrownBy(() -> Priority.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaxAttempts.of(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPeriod.of(1441)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RingTime.of(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowsMadeAlikeAreOneWindowEqualToAFreshOne() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime six = LocalTime.of(18, 30);
        CallingWindow monday = CallingWindow.on(DayOfWeek.MONDAY, nine, six);
        assertThat(CallingWindow.on(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 30))).isSameAs(monday)
                .isEqualTo(new CallingWindow(Optional.of(DayOfWeek.MONDAY), nine, six));
        assertThat(CallingWindow.on(DayOfWeek.TUESDAY, nine, six)).isNotEqualTo(monday);
        assertThat(CallingWindow.everyDay(nine, six)).isEqualTo(new CallingWindow(Optional.empty(), nine, six)).isNotEqualTo(monday);
        for (int m = 0; m < 20_000; m++) {
            LocalTime start = LocalTime.of(m / 60 % 24, m % 60);
            LocalTime end = start.plusMinutes(7);
            DayOfWeek day = DayOfWeek.of(m % 7 + 1);
            assertThat(CallingWindow.on(day, start, end)).isEqualTo(new CallingWindow(Optional.of(day), start, end));
        }
        assertThatThrownBy(() -> CallingWindow.on(DayOfWeek.MONDAY, nine, nine)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallerIdAskedForWithTheSameTextAgainIsTheSameOneAndStillChecked() {
        String number = new String("+14846512345");
        CallerId first = CallerId.of(number);
        assertThat(CallerId.of(number)).isSameAs(first).isEqualTo(new CallerId("+14846512345"));
        assertThat(CallerId.of(new String("+14846512345"))).isEqualTo(first);
        assertThat(CallerId.of("+18163312345")).isEqualTo(new CallerId("+18163312345")).isNotEqualTo(first);
        assertThatThrownBy(() -> CallerId.of("+148465xxxxx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CallerId.of("+18163312345")).as("a refused text does not replace the last one made").isEqualTo(new CallerId("+18163312345"));
    }
}
