package dev.voicecampaign.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.http.client.CampaignClient;
import dev.voicecampaign.http.client.RemoteResult;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.ValidDrafts;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CampaignClientTest {
    final ServerFixture f = new ServerFixture();
    final CampaignClient client = new CampaignClient(URI.create("http://127.0.0.1:" + f.server.port()),
            ServerFixture.DEMO.streamId().value(), ServerFixture.DEMO.accountId(), ServerFixture.DEMO.clientId(),
            ServerFixture.DEMO.clientSecret(), CampaignRules.standard(),
            new ValidationContext(ServerFixture.DEMO.streamId(), f.state.directories()), f.clock);

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aValidDraftIsSentAndTheAnswerMappedBack() {
        RemoteResult created = client.create(ValidDrafts.agentlessV2());
        assertThat(created).isInstanceOf(RemoteResult.Accepted.class);
        RemoteResult.Accepted accepted = (RemoteResult.Accepted) created;
        assertThat(accepted.status()).isEqualTo(CampaignStatus.PREPARING);
        assertThat(f.state.service().get(ServerFixture.DEMO.streamId(), accepted.id())).isPresent();
        assertThat(client.trigger(accepted.id(), LifecycleEvent.PLAY)).isEqualTo(new RemoteResult.Accepted(accepted.id(), CampaignStatus.ACTIVE));
        Campaign again = CampaignRules.standard().validate(ValidDrafts.agentlessV2(),
                new ValidationContext(ServerFixture.DEMO.streamId(), f.state.directories())).result().get();
        RemoteResult whileActive = client.update(accepted.id(), again);
        assertThat(whileActive).isEqualTo(new RemoteResult.Rejected(409,
                "a campaign that is Active cannot be edited", java.util.List.of()));
    }

    @Test
    void anInvalidDraftIsRefusedLocallyAndNeverSent() {
        RemoteResult result = client.create(ValidDrafts.agentlessV2().withPriority("9"));
        assertThat(result).isInstanceOf(RemoteResult.RejectedLocally.class);
        assertThat(((RemoteResult.RejectedLocally) result).violations()).extracting(v -> v.code()).containsExactly("campaign.priority.notAllowed");
        assertThat(f.state.service().list(ServerFixture.DEMO.streamId(), dev.voicecampaign.core.port.CampaignQuery.all()).total()).isZero();
    }

    @Test
    void remoteProblemsComeBackWithTheirPointers() {
        CampaignClient misconfigured = new CampaignClient(URI.create("http://127.0.0.1:" + f.server.port()),
                ServerFixture.DEMO.streamId().value(), ServerFixture.DEMO.accountId(), ServerFixture.DEMO.clientId(),
                ServerFixture.DEMO.clientSecret(), CampaignRules.standard(), new ValidationContext(ServerFixture.DEMO.streamId(),
                dev.voicecampaign.testkit.SampleDirectories.forStream(ServerFixture.DEMO.streamId())), f.clock);
        RemoteResult result = misconfigured.create(ValidDrafts.agentlessV2().withContactLists(java.util.List.of("List 7")));
        assertThat(result).isEqualTo(new RemoteResult.Rejected(400, "1 problem in the request; see errors", java.util.List.of(
                new RemoteResult.Problem("/contactLists/0", "campaign.contactLists.notFound", "List 7 does not exist in this app"))));
        CampaignClient nowhere = new CampaignClient(URI.create("http://127.0.0.1:1"), "st-x", "a", "c", "s".repeat(32),
                CampaignRules.standard(), new ValidationContext(ServerFixture.DEMO.streamId(), f.state.directories()), f.clock);
        assertThat(nowhere.create(ValidDrafts.agentlessV2())).isInstanceOf(RemoteResult.Failed.class);
    }
}
