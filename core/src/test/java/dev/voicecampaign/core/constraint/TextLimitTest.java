package dev.voicecampaign.core.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLimitTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n\r", "\u00a0", "\u2007\u3000", "\ufeff", " \u00a0 ", "\u001c"})
    void textsOfBlankCharactersOnlyAreBlank(String text) {
        assertThat(TextLimit.isBlank(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Spring sale", " a", "\u00a0x", "!", "~", "\u00e9", "\u200b"})
    void aTextWithAnyOtherCharacterIsNotBlank(String text) {
        assertThat(TextLimit.isBlank(text)).isFalse();
    }

    @Test
    void everySingleCharacterIsBlankExactlyWhenThePublishedClassHoldsIt() {
        Pattern blank = Pattern.compile("[" + TextLimit.BLANK_CHARACTERS + "]*");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = String.valueOf(c);
            assertThat(TextLimit.isBlank(text)).as("U+%04X", (int) c).isEqualTo(blank.matcher(text).matches());
        }
    }
}
