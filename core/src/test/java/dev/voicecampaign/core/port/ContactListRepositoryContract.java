package dev.voicecampaign.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactsAdded;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContactListRepository} must do. An implementation's test extends this class and supplies a
 * fresh, empty repository; core's test jar publishes it for the adapters.
 */
public abstract class ContactListRepositoryContract {
    protected static final StreamId A = new StreamId("st-a");
    protected static final StreamId B = new StreamId("st-b");
    protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456789Z");
    private ContactListRepository repository;

    /** A new, empty repository. */
    protected abstract ContactListRepository emptyRepository();

    @BeforeEach
    void freshRepository() {
        repository = emptyRepository();
    }

    protected static ContactList list(StreamId stream, String id, String name) {
        return ContactList.created(new ResourceId(id), stream, ListKind.CONTACTS, name, Optional.of("for " + name), T0);
    }

    protected static ContactList dncList(StreamId stream, String id, String name) {
        return ContactList.created(new ResourceId(id), stream, ListKind.DNC, name, Optional.empty(), T0);
    }

    protected static ListedContact contact(String id, String phone) {
        return ListedContact.of(id, phone);
    }

    @Test
    void anInsertedListIsFoundByIdAndComparedNameInItsAppOnly() {
        ContactList spring = list(A, "cl-1", "Spring Leads");
        assertThat(repository.insert(spring)).isTrue();
        assertThat(repository.find(A, spring.id())).contains(spring);
        assertThat(repository.findByLname(A, ListKind.CONTACTS, "spring leads")).contains(spring);
        assertThat(repository.find(B, spring.id())).isEmpty();
        assertThat(repository.findByLname(B, ListKind.CONTACTS, "spring leads")).isEmpty();
    }

    @Test
    void namesAreUniquePerAppIgnoringCaseAndSpacing() {
        assertThat(repository.insert(list(A, "cl-1", "Spring Leads"))).isTrue();
        assertThat(repository.insert(list(A, "cl-2", "  SPRING   leads "))).isFalse();
        assertThat(repository.find(A, new ResourceId("cl-2"))).isEmpty();
        assertThat(repository.insert(list(B, "cl-2", "Spring Leads"))).isTrue();
    }

    @Test
    void theStoredListsAreADirectoryOfTheirComparedNamesPerApp() {
        ContactList spring = list(A, "cl-1", "Spring Leads");
        repository.insert(spring);
        ResourceDirectory directory = repository.asDirectory(ListKind.CONTACTS);
        assertThat(directory.resolve(A, " spring   LEADS")).contains(spring.id());
        assertThat(directory.resolve(B, "Spring Leads")).isEmpty();
        assertThat(directory.resolve(A, "Autumn Leads")).isEmpty();
        assertThat(directory.resolve(A, null)).isEmpty();
        assertThat(directory.resolve(A, " ")).isEmpty();
    }

    @Test
    void listsArePagedOldestFirstWithTheirTotal() {
        for (int i = 1; i <= 5; i++) repository.insert(list(A, "cl-" + i, "List " + i));
        repository.insert(list(B, "cl-9", "Other app"));
        Page<ContactList> page = repository.page(A, ListKind.CONTACTS, 1, 2);
        assertThat(page.items()).extracting(ContactList::name).containsExactly("List 2", "List 3");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.hasMore()).isTrue();
        assertThat(repository.page(A, ListKind.CONTACTS, 4, 2).hasMore()).isFalse();
        assertThat(repository.page(A, ListKind.CONTACTS, 10, 2).items()).isEmpty();
    }

    @Test
    void contactsAreAddedOnceByNumberAndIdAndCountedIntoTheList() {
        ContactList l = list(A, "cl-1", "Leads");
        repository.insert(l);
        ListedContact full = new ListedContact("c-1", "+14155550101", Optional.of(ZoneId.of("America/Los_Angeles")),
                Optional.of("94107"), Optional.of("US"), Map.of("tier", "gold", "name", "Zoë"));
        Instant t1 = T0.plusSeconds(60);
        ContactsAdded first = repository.addContacts(A, l.id(), List.of(full, contact("c-2", "+14155550102"),
                contact("c-3", "+14155550101")), t1).orElseThrow();
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.duplicates()).containsExactly("+14155550101");
        assertThat(first.list().contacts()).isEqualTo(2);
        assertThat(first.list().version()).isEqualTo(1);
        assertThat(first.list().updatedAt()).isEqualTo(t1);
        assertThat(repository.find(A, l.id())).contains(first.list());

        ContactsAdded second = repository.addContacts(A, l.id(), List.of(contact("c-2", "+14155550199"),
                contact("c-4", "+14155550102"), contact("c-5", "+14155550105")), t1.plusSeconds(1)).orElseThrow();
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.duplicates()).containsExactly("+14155550199", "+14155550102");
        assertThat(repository.contacts(A, l.id(), 0, 10).orElseThrow().items()).containsExactly(full, contact("c-2", "+14155550102"),
                contact("c-5", "+14155550105"));
        assertThat(repository.contact(A, l.id(), "c-1")).contains(full);
        assertThat(repository.contact(A, l.id(), "c-3")).isEmpty();
        assertThat(repository.contact(B, l.id(), "c-1")).isEmpty();
    }

    @Test
    void contactsArePagedInTheOrderTheyWereAdded() {
        ContactList l = list(A, "cl-1", "Leads");
        repository.insert(l);
        List<ListedContact> many = IntStream.range(0, 25).mapToObj(i -> contact("c-" + i, "+1415555" + (1000 + i))).toList();
        repository.addContacts(A, l.id(), many, T0);
        Page<ListedContact> page = repository.contacts(A, l.id(), 10, 10).orElseThrow();
        assertThat(page.items()).isEqualTo(many.subList(10, 20));
        assertThat(page.total()).isEqualTo(25);
        assertThat(page.hasMore()).isTrue();
        assertThat(repository.contacts(B, l.id(), 0, 10)).isEmpty();
    }

    @Test
    void anotherAppsListLooksMissingToEveryCall() {
        ContactList l = list(A, "cl-1", "Leads");
        repository.insert(l);
        assertThat(repository.addContacts(B, l.id(), List.of(contact("c-1", "+14155550101")), T0)).isEmpty();
        assertThat(repository.deleteContact(B, l.id(), "c-1", T0)).isFalse();
        assertThat(repository.delete(B, l.id())).isFalse();
        assertThat(repository.find(A, l.id())).contains(l);
    }

    @Test
    void aDeletedContactIsGoneAndNoLongerCounted() {
        ContactList l = list(A, "cl-1", "Leads");
        repository.insert(l);
        repository.addContacts(A, l.id(), List.of(contact("c-1", "+14155550101"), contact("c-2", "+14155550102")), T0);
        assertThat(repository.deleteContact(A, l.id(), "c-1", T0.plusSeconds(5))).isTrue();
        assertThat(repository.deleteContact(A, l.id(), "c-1", T0.plusSeconds(6))).isFalse();
        assertThat(repository.contacts(A, l.id(), 0, 10).orElseThrow().items()).extracting(ListedContact::id).containsExactly("c-2");
        ContactList now = repository.find(A, l.id()).orElseThrow();
        assertThat(now.contacts()).isEqualTo(1);
        assertThat(now.version()).isEqualTo(2);
        assertThat(repository.addContacts(A, l.id(), List.of(contact("c-1", "+14155550101")), T0).orElseThrow().added()).isEqualTo(1);
    }

    @Test
    void aDeletedListTakesItsContactsAndFreesItsName() {
        ContactList l = list(A, "cl-1", "Leads");
        repository.insert(l);
        repository.addContacts(A, l.id(), List.of(contact("c-1", "+14155550101")), T0);
        assertThat(repository.delete(A, l.id())).isTrue();
        assertThat(repository.delete(A, l.id())).isFalse();
        assertThat(repository.find(A, l.id())).isEmpty();
        assertThat(repository.contacts(A, l.id(), 0, 10)).isEmpty();
        ContactList again = list(A, "cl-1", "Leads");
        assertThat(repository.insert(again)).isTrue();
        assertThat(repository.contacts(A, again.id(), 0, 10).orElseThrow().items()).isEmpty();
    }

    @Test
    void eachKindHasItsOwnNamesPagesAndDirectory() {
        ContactList leads = list(A, "cl-1", "Blocked");
        ContactList blocked = dncList(A, "cl-2", "blocked");
        assertThat(repository.insert(leads)).isTrue();
        assertThat(repository.insert(blocked)).isTrue();
        assertThat(repository.insert(dncList(A, "cl-3", " BLOCKED "))).isFalse();
        assertThat(repository.find(A, blocked.id())).contains(blocked);
        assertThat(repository.findByLname(A, ListKind.DNC, "blocked")).contains(blocked);
        assertThat(repository.findByLname(A, ListKind.CONTACTS, "blocked")).contains(leads);
        assertThat(repository.page(A, ListKind.DNC, 0, 10).items()).containsExactly(blocked);
        assertThat(repository.page(A, ListKind.DNC, 0, 10).total()).isEqualTo(1);
        assertThat(repository.page(A, ListKind.CONTACTS, 0, 10).items()).containsExactly(leads);
        assertThat(repository.asDirectory(ListKind.DNC).resolve(A, "Blocked")).contains(blocked.id());
        assertThat(repository.asDirectory(ListKind.CONTACTS).resolve(A, "Blocked")).contains(leads.id());
    }

    @Test
    void aListSaysWhichOfManyNumbersItHolds() {
        ContactList blocked = dncList(A, "cl-1", "Blocked");
        repository.insert(blocked);
        List<ListedContact> entries = IntStream.range(0, 1200).mapToObj(i -> ListedContact.dncEntry("+1415555" + (1000 + 2 * i))).toList();
        repository.addContacts(A, blocked.id(), entries, T0);
        List<String> asked = IntStream.range(0, 1300).mapToObj(i -> "+1415555" + (1000 + i)).toList();
        Set<String> held = repository.holding(A, blocked.id(), asked);
        assertThat(held).hasSize(650).allSatisfy(phone -> assertThat(Integer.parseInt(phone.substring(8)) % 2).isZero());
        assertThat(repository.holding(B, blocked.id(), asked)).isEmpty();
        assertThat(repository.holding(A, new ResourceId("cl-9"), asked)).isEmpty();
        assertThat(repository.contacts(A, blocked.id(), 0, 1).orElseThrow().items()).containsExactly(ListedContact.of("14155551000", "+14155551000"));
    }
}
