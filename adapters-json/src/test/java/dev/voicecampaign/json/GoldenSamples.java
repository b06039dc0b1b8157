package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The seeds' golden files and the field-by-field comparison, shared with the HTTP end-to-end tests. */
public final class GoldenSamples {
    private GoldenSamples() {
    }

    /** A sample request, masked caller id completed. */
    public static byte[] request(String sample) {
        return Golden.unmaskedRequest(sample + ".request.json");
    }

    public static JsonNode response(String sample) {
        return CampaignJson.parse(Golden.text(sample + ".response.json").getBytes(StandardCharsets.UTF_8));
    }

    /** Every field of the documented sample is in ours with the same value; generated values need only their documented shape. */
    public static void assertSameDocumentedFields(JsonNode documented, JsonNode ours) {
        compare(documented, ours, "");
    }

    private static void compare(JsonNode documented, JsonNode ours, String at) {
        if (documented.isObject()) {
            assertThat(ours.isObject()).as(at).isTrue();
            for (Map.Entry<String, JsonNode> field : documented.properties()) {
                String where = at + "/" + field.getKey();
                assertThat(ours.has(field.getKey())).as("missing " + where).isTrue();
                compare(field.getValue(), ours.get(field.getKey()), where);
            }
        } else if (documented.isArray()) {
            assertThat(ours.size()).as(at).isEqualTo(documented.size());
            Iterator<JsonNode> o = ours.iterator();
            int i = 0;
            for (JsonNode d : documented) compare(d, o.next(), at + "/" + i++);
        } else if (at.endsWith("/id") || at.endsWith("/experienceFlow")) {
            assertThat(ours.stringValue()).as(at).matches("(cd|cl|cf)-[A-Za-z0-9-]+");
        } else if (at.endsWith("At")) {
            assertThat(ours.stringValue()).as(at).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        } else if (at.endsWith("/phoneNumber")) {
            assertThat(ours.stringValue()).as(at + " (samples mask or vary the number)").matches("\\+[1-9][0-9]{6,14}");
        } else if (documented.isNumber()) {
            assertThat(ours.isNumber()).as(at).isTrue();
            assertThat(ours.decimalValue()).as(at).isEqualByComparingTo(documented.decimalValue());
        } else {
            assertThat(ours).as(at).isEqualTo(documented);
        }
    }
}
