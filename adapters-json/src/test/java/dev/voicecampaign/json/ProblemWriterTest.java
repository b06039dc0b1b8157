package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemWriterTest {
    @Test
    void anInvalidRequestListsEveryViolationWithItsPointerErrorsFirst() {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("min", 5L);
        range.put("max", 120L);
        Violation warning = Violation.warning(Path.of("maxSkips"), "campaign.maxSkips.ignoredForMode", Map.of("mode", "Agentless"), "is ignored");
        Violation error = Violation.error(Path.of("dialingStrategy", "maxRingTime"), "campaign.dialingStrategy.maxRingTime.outOfRange",
                range, "must be between 5 and 120");
        Violation queue = Violation.error(Path.of("queueName"), "campaign.queueName.required", Map.of(), "is required");
        String json = CampaignJson.text(ProblemWriter.invalid(List.of(warning, error, queue)));
        assertThat(json).isEqualToIgnoringWhitespace("""
                {"type":"https://voicecampaign.dev/problems/invalid-campaign","title":"Invalid campaign","status":400,
                 "detail":"2 problems in the request; see errors","errors":[
                  {"pointer":"/dialingStrategy/maxRingTime","code":"campaign.dialingStrategy.maxRingTime.outOfRange",
                   "message":"must be between 5 and 120","severity":"ERROR","arguments":{"min":5,"max":120}},
                  {"pointer":"/queue_name","code":"campaign.queueName.required","message":"is required","severity":"ERROR"},
                  {"pointer":"/maxSkips","code":"campaign.maxSkips.ignoredForMode","message":"is ignored","severity":"WARNING",
                   "arguments":{"mode":"Agentless"}}]}""");
    }

    @Test
    void pointersEscapeAndUseWireNames() {
        assertThat(JsonPointers.of(Path.root())).isEmpty();
        assertThat(JsonPointers.of(Path.of("dialingStrategy", "callingHours", "days").index(2).field("start")))
                .isEqualTo("/dialingStrategy/callingHours/days/2/start");
        assertThat(JsonPointers.of(Path.of("a/b~c"))).isEqualTo("/a~1b~0c");
        assertThat(JsonPointers.of(Path.of("queueName"))).isEqualTo("/queue_name");
    }
}
