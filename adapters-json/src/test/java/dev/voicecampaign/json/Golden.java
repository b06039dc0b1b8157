package dev.voicecampaign.json;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.SampleDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seeds' sample bodies, stored verbatim under {@code golden/}; masked digits are filled in on request. */
final class Golden {
    static final StreamId STREAM = new StreamId("st-0603182c-7ffb-53c3-b307-47ca14b9abcd");
    static final ValidationContext CONTEXT = new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));
    static final CampaignRules RULES = CampaignRules.standard();

    private Golden() {
    }

    static String text(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) throw new IllegalArgumentException("no golden file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample request with its masked caller id completed ({@code +148465xxxxx} becomes {@code +14846512345}). */
    static byte[] unmaskedRequest(String name) {
        return text(name).replace("xxxxx\"", "12345\"").getBytes(StandardCharsets.UTF_8);
    }
}
