package dev.voicecampaign.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.InMemoryContactListRepository;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.inmemory.SequentialIdGenerator;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.support.Campaigns;
import dev.voicecampaign.core.usecase.ContactListOutcome;
import dev.voicecampaign.core.usecase.ContactListService;
import dev.voicecampaign.core.usecase.ContactUpload;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contact list use cases with the standard rules, over the in-memory storage. */
class ContactListsTest {
    static final StreamId APP = new StreamId("st-1");
    static final StreamId OTHER = new StreamId("st-2");

    final InMemoryCampaignRepository campaigns = new InMemoryCampaignRepository();
    final ContactListService service = new ContactListService(ListKind.CONTACTS, new ContactListRules(), new InMemoryContactListRepository(), campaigns,
            new SequentialIdGenerator(), new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));

    static ContactDraft phone(String phone) {
        return new ContactDraft(null, phone, null, null, null, null);
    }

    static List<String> entries(io.vavr.collection.Seq<Violation> violations) {
        return violations.map(v -> pointer(v.path()) + " " + v.code()).toJavaList();
    }

    /** The violation's place as a JSON pointer (the JSON adapter's job; kept plain here). */
    static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Segment s : path.segments()) {
            out.append('/').append(switch (s) {
                case Path.Segment.Field f -> f.name();
                case Path.Segment.Index i -> String.valueOf(i.index());
            });
        }
        return out.toString();
    }

    ContactList created(String name) {
        return ((ContactListOutcome.Done) service.create(APP, new ContactListDraft(name, null))).list();
    }

    @Test
    void aListIsCreatedOncePerComparedNameAndEveryProblemOfABadOneIsReported() {
        ContactList leads = created("Spring Leads");
        assertThat(leads.id().value()).startsWith("cl-");
        assertThat(leads.contacts()).isZero();
        assertThat(service.create(APP, new ContactListDraft(" spring   LEADS", null))).isEqualTo(new ContactListOutcome.NameTaken("spring leads"));
        assertThat(service.create(OTHER, new ContactListDraft("Spring Leads", null))).isInstanceOf(ContactListOutcome.Done.class);
        ContactListOutcome bad = service.create(APP, new ContactListDraft(" ", "d".repeat(513)));
        assertThat(entries(((ContactListOutcome.Invalid) bad).violations()))
                .containsExactly("/name contactList.name.blank", "/description contactList.description.tooLong");
        assertThat(service.lists(APP, 0, 10).items()).containsExactly(leads);
    }

    @Test
    void anUploadStoresEveryGoodContactAndReportsEachBadOneAtItsPlace() {
        ContactList leads = created("Leads");
        Map<String, String> tooMany = new HashMap<>();
        IntStream.range(0, ContactListRules.MAX_ATTRIBUTES + 1).forEach(i -> tooMany.put("k" + i, "v"));
        List<ContactDraft> rows = List.of(
                new ContactDraft("c-1", "+14155550101", "America/Los_Angeles", "94107", null, Map.of("tier", "gold")),
                new ContactDraft(null, "(415) 555-0102", null, null, "US", null),
                phone("not a number"),
                phone(" "),
                new ContactDraft(null, "+14155550103", "Mars/Olympus", null, null, null),
                new ContactDraft(null, "0415 555 010", null, null, "XX", null),
                phone("+1415555010"),
                phone("+14155550101"),
                new ContactDraft("c/9", "+14155550109", null, null, null, tooMany));
        ContactUpload upload = service.upload(APP, leads.id(), rows, io.vavr.collection.List.empty()).orElseThrow();
        assertThat(upload.accepted()).isEqualTo(2);
        assertThat(upload.duplicates()).containsExactly("+14155550101");
        assertThat(entries(upload.rejected())).containsExactly(
                "/contacts/2/phone contactList.contacts.phone.unreadable",
                "/contacts/3/phone contactList.contacts.phone.blank",
                "/contacts/4/zone contactList.contacts.zone.unknownZone",
                "/contacts/5/region contactList.contacts.region.format",
                "/contacts/6/phone contactList.contacts.phone.invalid",
                "/contacts/8/id contactList.contacts.id.format",
                "/contacts/8/attributes contactList.contacts.attributes.tooMany");
        assertThat(upload.list().contacts()).isEqualTo(2);
        List<ListedContact> stored = service.contacts(APP, leads.id(), 0, 10).orElseThrow().items();
        assertThat(stored).extracting(ListedContact::phone).containsExactly("+14155550101", "+14155550102");
        assertThat(stored.get(0).zone()).contains(ZoneId.of("America/Los_Angeles"));
        assertThat(stored.get(1).id()).isNotBlank();
        assertThat(stored.get(1).region()).contains("US");
    }

    @Test
    void anotherAppsListIsMissingToEveryCall() {
        ContactList leads = created("Leads");
        assertThat(service.get(OTHER, leads.id())).isEmpty();
        assertThat(service.upload(OTHER, leads.id(), List.of(phone("+14155550101")), io.vavr.collection.List.empty())).isEmpty();
        assertThat(service.contacts(OTHER, leads.id(), 0, 10)).isEmpty();
        assertThat(service.delete(OTHER, leads.id())).isEqualTo(new ContactListOutcome.NotFound());
        assertThat(service.get(APP, leads.id())).contains(leads);
    }

    @Test
    void aListIsNotDeletedWhileACampaignThatMayStillRunUsesIt() {
        ContactList leads = created("Leads");
        ResolvedReferences uses = new ResolvedReferences(List.of(leads.id()), Optional.empty(), Optional.empty(), Optional.empty());
        StoredCampaign running = Campaigns.stored(APP, "cd-1", "Running").withReferences(uses);
        campaigns.insert(running);
        assertThat(service.delete(APP, leads.id())).isEqualTo(new ContactListOutcome.InUse(List.of(running.id())));
        campaigns.update(new StoredCampaign(running.id(), APP, running.campaign(), CampaignStatus.STOPPED, uses, running.schedule(),
                running.instanceId(), running.runEnds(), running.createdAt(), running.updatedAt(), 0), 0);
        assertThat(service.delete(APP, leads.id())).isEqualTo(new ContactListOutcome.Done(leads));
        assertThat(service.get(APP, leads.id())).isEmpty();
        assertThat(service.delete(APP, new ResourceId("cl-none"))).isEqualTo(new ContactListOutcome.NotFound());
    }

    @Test
    void aHundredThousandContactsAreCheckedAndStoredInOneUpload() {
        ContactList big = created("Big");
        List<ContactDraft> rows = IntStream.range(0, 100_000).mapToObj(i -> phone("+1415" + (2_000_000 + i))).toList();
        ContactUpload upload = service.upload(APP, big.id(), rows, io.vavr.collection.List.empty()).orElseThrow();
        assertThat(upload.accepted()).isEqualTo(100_000);
        assertThat(upload.rejected()).isEmpty();
        assertThat(service.contacts(APP, big.id(), 99_999, 10).orElseThrow().items()).extracting(ListedContact::phone)
                .containsExactly("+14152099999");
    }
}
