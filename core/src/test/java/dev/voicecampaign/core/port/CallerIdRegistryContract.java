package dev.voicecampaign.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.StreamId;
import org.junit.jupiter.api.Test;

/** What every {@link CallerIdRegistry} must do: only numbers verified for a stream count, per stream. */
public abstract class CallerIdRegistryContract {
    protected static final StreamId A = new StreamId("st-a");
    protected static final StreamId B = new StreamId("st-b");
    protected static final CallerId VERIFIED = new CallerId("+14155550123");

    /** A registry where only {@link #VERIFIED} is verified, for stream A. */
    protected abstract CallerIdRegistry registryVerifyingOneNumberInStreamA();

    @Test
    void theVerifiedNumberIsVerifiedInItsStreamOnly() {
        CallerIdRegistry r = registryVerifyingOneNumberInStreamA();
        assertThat(r.isVerified(A, VERIFIED)).isTrue();
        assertThat(r.isVerified(B, VERIFIED)).isFalse();
        assertThat(r.isVerified(A, new CallerId("+14155550124"))).isFalse();
    }
}
