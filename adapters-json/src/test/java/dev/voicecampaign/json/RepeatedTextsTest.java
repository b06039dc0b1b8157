package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.draft.Dialect;
import org.junit.jupiter.api.Test;

class RepeatedTextsTest {
    @Test
    void anEqualTextReadBeforeIsReturnedInstead() {
        String text = "list " + System.nanoTime(); // read by no other test
        char[] padded = ("[" + text + "]").toCharArray();
        String first = RepeatedTexts.of(padded, 1, text.length());
        assertThat(first).isEqualTo(text);
        assertThat(RepeatedTexts.of(text.toCharArray(), 0, text.length())).isSameAs(first);
        assertThat(RepeatedTexts.of(padded, 1, text.length() - 1)).isEqualTo(text.substring(0, text.length() - 1)).isNotSameAs(first);
        assertThat(RepeatedTexts.of(padded, 0, 0)).isEmpty();

        char[] longText = "x".repeat(RepeatedTexts.MAX_LENGTH + 1).toCharArray();
        assertThat(RepeatedTexts.of(longText, 0, longText.length))
                .isNotSameAs(RepeatedTexts.of(longText, 0, longText.length)).isEqualTo(new String(longText));
    }

    @Test
    void textsThatShareASlotAreBothReadRight() {
        // "Aa" and "BB" have the same String hash, so they take the same slot in turn
        assertThat(RepeatedTexts.of("Aa".toCharArray(), 0, 2)).isEqualTo("Aa");
        assertThat(RepeatedTexts.of("BB".toCharArray(), 0, 2)).isEqualTo("BB");
        assertThat(RepeatedTexts.of("Aa".toCharArray(), 0, 2)).isEqualTo("Aa");
    }

    @Test
    void twoReadsOfOneBodyShareTheirNamesButNotTheirFreeText() {
        byte[] body = Golden.unmaskedRequest("agentless-v2.request.json");
        var a = DraftReader.read(body, Dialect.V2).draft().orElseThrow();
        var b = DraftReader.read(body.clone(), Dialect.V2).draft().orElseThrow();
        assertThat(b).isEqualTo(a);
        assertThat(b.contactLists().get(0)).isSameAs(a.contactLists().get(0));
        assertThat(b.dncLists().name()).isSameAs(a.dncLists().name());
        assertThat(b.experienceFlowName()).isSameAs(a.experienceFlowName());
        assertThat(b.dialingStrategy().callerId().phoneNumber()).isSameAs(a.dialingStrategy().callerId().phoneNumber());
        assertThat(b.dialingStrategy().callingHours().timezone()).isSameAs(a.dialingStrategy().callingHours().timezone());
        assertThat(b.dialingStrategy().callingHours().days().get(0).day())
                .isSameAs(a.dialingStrategy().callingHours().days().get(0).day());
        assertThat(b.dialingStrategy().callingHours().days().get(0).start())
                .isSameAs(a.dialingStrategy().callingHours().days().get(0).start());
        assertThat(b.dialingMode()).isSameAs(a.dialingMode());
        assertThat(b.description()).isNotSameAs(a.description());
    }
}
