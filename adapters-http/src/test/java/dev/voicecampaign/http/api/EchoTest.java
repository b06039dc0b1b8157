package dev.voicecampaign.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {
    @Test
    void shortTextIsRepeatedAsSent() {
        assertThat(Echo.of("cd-42")).isEqualTo("cd-42");
        assertThat(Echo.of("Café ☎")).isEqualTo("Café ☎");
    }

    @Test
    void longTextIsCutWithItsLength() {
        assertThat(Echo.of("x".repeat(10_000))).isEqualTo("x".repeat(Echo.LIMIT) + "… (10000 characters)");
    }

    @Test
    void invisibleCharactersAreWrittenAsEscapes() {
        assertThat(Echo.of("a\u001B[2Jb\u0000\u202Ec\uD800")).isEqualTo("a\\u001B[2Jb\\u0000\\u202Ec\\uD800");
    }

    @Test
    void nothingSentIsSaidSo() {
        assertThat(Echo.of(null)).isEqualTo("(none)");
    }
}
