package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.StreamId;

import java.util.Objects;

/** What validation may consult besides the draft: the stream it is for and that stream's directories. */
public record ValidationContext(StreamId stream, Directories directories) {
    public ValidationContext {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(directories, "directories");
    }
}
