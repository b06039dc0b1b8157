package dev.voicecampaign.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ResourceDirectory} must do: resolve exactly the names its stream holds, match
 * names exactly, and never answer for another stream. Implementations supply a directory holding
 * {@code "Leads" -> cl-1} in stream {@link #A} and nothing else.
 */
public abstract class ResourceDirectoryContract {
    protected static final StreamId A = new StreamId("st-a");
    protected static final StreamId B = new StreamId("st-b");

    /** A directory holding only {@code "Leads"} with id {@code cl-1}, in stream A. */
    protected abstract ResourceDirectory directoryWithLeadsInStreamA();

    @Test
    void aKnownNameResolvesToItsId() {
        assertThat(directoryWithLeadsInStreamA().resolve(A, "Leads")).contains(new ResourceId("cl-1"));
    }

    @Test
    void namesMatchExactly() {
        ResourceDirectory d = directoryWithLeadsInStreamA();
        assertThat(d.resolve(A, "leads")).isEmpty();
        assertThat(d.resolve(A, "Leads ")).isEmpty();
        assertThat(d.resolve(A, "Other")).isEmpty();
        assertThat(d.resolve(A, null)).isEmpty();
    }

    @Test
    void anotherStreamSeesNothing() {
        assertThat(directoryWithLeadsInStreamA().resolve(B, "Leads")).isEmpty();
    }
}
