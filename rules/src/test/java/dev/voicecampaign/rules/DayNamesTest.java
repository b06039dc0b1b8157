package dev.voicecampaign.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The wire's two-letter day names, read by letters. */
class DayNamesTest {
    @Test
    void eachDayHasItsTwoLetters() {
        for (int i = 0; i < 7; i++) {
            assertThat(CampaignRuleSets.dayOf(CampaignRuleSets.DAYS.get(i))).contains(DayOfWeek.of(i + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M", "MON", "Mo", "mo", "OM", "TX", "TE", "SO", "SS", "WU", "FU", "XX", "M\u00d3"})
    void nothingElseIsADay(String text) {
        assertThat(CampaignRuleSets.dayOf(text)).isEqualTo(Optional.empty());
    }
}
