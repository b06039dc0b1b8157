package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.draft.Dialect;
import org.junit.jupiter.api.Test;

class RepeatedTextsTest {
    @Test
    void anEqualTextReadBeforeIsReturnedInstead() {
        String text = "list " + System.nanoTime(); // read by no other test
        String first = new String(text);
        String again = new String(text);
        assertThat(RepeatedTexts.of(first)).isSameAs(first);
        assertThat(RepeatedTexts.of(again)).isSameAs(first);
        assertThat(RepeatedTexts.of(null)).isNull();

        String long1 = "x".repeat(RepeatedTexts.MAX_LENGTH + 1);
        assertThat(RepeatedTexts.of(new String(long1))).isNotSameAs(RepeatedTexts.of(new String(long1))).isEqualTo(long1);
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
        assertThat(b.description()).isNotSameAs(a.description());
    }
}
