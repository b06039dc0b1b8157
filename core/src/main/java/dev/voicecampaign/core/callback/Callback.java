package dev.voicecampaign.core.callback;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A call promised to a person at an instant, for one campaign of one app: the number to call (E.164), the stored
 * contact it was asked for (if it was asked by contact id), when to call, and a note for the agent.
 */
public record Callback(String id, StreamId stream, CampaignId campaign, String phone, Optional<String> contactId,
                       Instant callContactAt, Optional<String> note, Instant createdAt) {
    public Callback {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("blank callback id");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(phone, "phone");
        if (!CallerId.isE164(phone)) throw new IllegalArgumentException("not an E.164 number: " + phone);
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(callContactAt, "callContactAt");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
