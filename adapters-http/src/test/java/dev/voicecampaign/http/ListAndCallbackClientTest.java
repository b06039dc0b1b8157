package dev.voicecampaign.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.http.client.CallbackClient;
import dev.voicecampaign.http.client.RemoteAnswer;
import dev.voicecampaign.http.client.RemoteResult;
import dev.voicecampaign.http.client.RemoteUpload;
import dev.voicecampaign.http.client.StoredListsClient;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-written clients of stored lists and callbacks, against the reference server: every answer mapped back to domain terms. */
class ListAndCallbackClientTest {
    final ServerFixture f = new ServerFixture();
    final URI base = URI.create("http://127.0.0.1:" + f.server.port());
    final StoredListsClient lists = new StoredListsClient(base, ServerFixture.DEMO.streamId().value(), ServerFixture.DEMO.accountId(),
            ServerFixture.DEMO.clientId(), ServerFixture.DEMO.clientSecret(), f.clock);
    final CallbackClient callbacks = new CallbackClient(base, ServerFixture.DEMO.streamId().value(), ServerFixture.DEMO.accountId(),
            ServerFixture.DEMO.clientId(), ServerFixture.DEMO.clientSecret(), f.clock);

    @AfterEach
    void stop() {
        f.close();
    }

    static <T> T ok(RemoteAnswer<T> answer) {
        assertThat(answer).isInstanceOf(RemoteAnswer.Ok.class);
        return ((RemoteAnswer.Ok<T>) answer).value();
    }

    @Test
    void contactAndDncListsAreCreatedFilledPagedAndDeleted() {
        ContactList leads = ok(lists.create(ListKind.CONTACTS, "Spring Leads", Optional.of("asked about the offer")));
        assertThat(leads.kind()).isEqualTo(ListKind.CONTACTS);
        assertThat(leads.description()).contains("asked about the offer");
        RemoteUpload upload = ok(lists.upload(ListKind.CONTACTS, leads.id(), List.of(
                new ContactDraft("c-1", "+12125551234", "America/New_York", "10001", null, Map.of("tier", "gold")),
                new ContactDraft(null, "(415) 555-0123", null, null, "US", null), new ContactDraft(null, "not a number", null, null, null, null))));
        assertThat(upload.accepted()).isEqualTo(2);
        assertThat(upload.list().contacts()).isEqualTo(2);
        assertThat(upload.rejected()).extracting(RemoteResult.Problem::pointer, RemoteResult.Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/contacts/2/phone", "contactList.contacts.phone.unreadable"));
        List<ListedContact> contacts = ok(lists.entries(ListKind.CONTACTS, leads.id(), 0, 10));
        assertThat(contacts.getFirst()).isEqualTo(new ListedContact("c-1", "+12125551234", Optional.of(ZoneId.of("America/New_York")),
                Optional.of("10001"), Optional.empty(), Map.of("tier", "gold")));
        assertThat(contacts.get(1).phone()).isEqualTo("+14155550123");

        ContactList optedOut = ok(lists.create(ListKind.DNC, "Opted out", Optional.empty()));
        RemoteUpload numbers = ok(lists.upload(ListKind.DNC, optedOut.id(), List.of(new ContactDraft(null, "+12125551234", null, null, null, null))));
        assertThat(numbers.list().contacts()).isEqualTo(1);
        assertThat(ok(lists.entries(ListKind.DNC, optedOut.id(), 0, 10))).containsExactly(ListedContact.dncEntry("+12125551234"));
        assertThat(ok(lists.get(ListKind.DNC, optedOut.id()))).isEqualTo(numbers.list());

        assertThat(lists.get(ListKind.DNC, leads.id())).isInstanceOfSatisfying(RemoteAnswer.Rejected.class, r -> assertThat(r.status()).isEqualTo(404));
        assertThat(lists.create(ListKind.CONTACTS, " spring  LEADS", Optional.empty()))
                .isInstanceOfSatisfying(RemoteAnswer.Rejected.class, r -> assertThat(r.status()).isEqualTo(409));
        assertThat(ok(lists.delete(ListKind.CONTACTS, leads.id())).name()).isEqualTo("Spring Leads");
        assertThat(lists.get(ListKind.CONTACTS, leads.id())).isInstanceOf(RemoteAnswer.Rejected.class);
    }

    @Test
    void callbacksAreScheduledRefusedWithTheNextAllowedInstantListedAndCancelled() {
        ServerFixture.Answer created = f.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", ServerFixture.bytes(DecisionCampaign.BODY));
        CampaignId campaign = new CampaignId(created.json().get("data").get("id").asString());
        Callback stored = ok(callbacks.schedule(campaign, new CallbackDraft("+12125551234", null, null, "2026-12-08T14:30:00Z", "after lunch")));
        assertThat(stored.phone()).isEqualTo("+12125551234");
        assertThat(stored.note()).contains("after lunch");
        assertThat(stored.campaign()).isEqualTo(campaign);

        RemoteAnswer<Callback> refused = callbacks.schedule(campaign, new CallbackDraft("(415) 555-0123", null, "US", "2026-12-08T14:30:00Z", null));
        assertThat(refused).isInstanceOf(RemoteAnswer.Rejected.class);
        RemoteAnswer.Rejected<Callback> rejected = (RemoteAnswer.Rejected<Callback>) refused;
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.nextAllowedAt()).contains(Instant.parse("2026-12-08T17:00:00Z"));
        assertThat(rejected.problems()).extracting(RemoteResult.Problem::code).contains("decision.callingHours.closed");

        assertThat(ok(callbacks.due(campaign, Optional.of(Instant.parse("2026-12-08T00:00:00Z")), Optional.empty(), 0, 10))).containsExactly(stored);
        assertThat(ok(callbacks.due(campaign, Optional.of(Instant.parse("2026-12-09T00:00:00Z")), Optional.empty(), 0, 10))).isEmpty();
        assertThat(ok(callbacks.cancel(campaign, stored.id()))).isEqualTo(stored.id());
        assertThat(callbacks.cancel(campaign, stored.id())).isInstanceOfSatisfying(RemoteAnswer.Rejected.class, r -> assertThat(r.status()).isEqualTo(404));
        assertThat(callbacks.due(new CampaignId("cd-00000000-0000-0000-0000-000000000000"), Optional.empty(), Optional.empty(), 0, 10))
                .isInstanceOf(RemoteAnswer.Rejected.class);
    }

    @Test
    void anUnreachableServerIsAFailureNotAnException() {
        StoredListsClient nowhere = new StoredListsClient(URI.create("http://127.0.0.1:1"), "st-x", "a", "c", "s".repeat(32), f.clock);
        assertThat(nowhere.get(ListKind.CONTACTS, new ResourceId("cl-1"))).isInstanceOf(RemoteAnswer.Failed.class);
    }
}
