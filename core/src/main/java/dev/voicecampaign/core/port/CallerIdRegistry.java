package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.StreamId;

/** Driven port: tells whether a caller id is verified for a stream (only verified numbers may be shown). */
public interface CallerIdRegistry {
    boolean isVerified(StreamId stream, CallerId callerId);
}
