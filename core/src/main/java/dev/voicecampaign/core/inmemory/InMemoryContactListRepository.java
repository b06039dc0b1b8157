package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactsAdded;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.core.port.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link ContactListRepository} in memory, for tests, demos and the reference server's {@code --in-memory}.
 * Every call runs under one lock, so each is atomic; lists and contacts keep the order they were added in.
 */
public final class InMemoryContactListRepository implements ContactListRepository {
    /** A list and its contacts by id, in the order they were added. */
    private record Held(ContactList list, LinkedHashMap<String, ListedContact> contacts) {
    }

    private final Map<StreamId, LinkedHashMap<ResourceId, Held>> byStream = new HashMap<>();

    private LinkedHashMap<ResourceId, Held> lists(StreamId stream) {
        return byStream.computeIfAbsent(stream, s -> new LinkedHashMap<>());
    }

    @Override
    public synchronized boolean insert(ContactList list) {
        LinkedHashMap<ResourceId, Held> lists = lists(list.stream());
        if (lists.containsKey(list.id()) || findByLname(list.stream(), list.kind(), list.lname()).isPresent()) return false;
        lists.put(list.id(), new Held(list, new LinkedHashMap<>()));
        return true;
    }

    @Override
    public synchronized Optional<ContactList> find(StreamId stream, ResourceId id) {
        return Optional.ofNullable(lists(stream).get(id)).map(Held::list);
    }

    @Override
    public synchronized Optional<ContactList> findByLname(StreamId stream, ListKind kind, String lname) {
        return lists(stream).values().stream().map(Held::list).filter(l -> l.kind() == kind && l.lname().equals(lname)).findFirst();
    }

    @Override
    public synchronized Page<ContactList> page(StreamId stream, ListKind kind, int offset, int limit) {
        List<ContactList> all = lists(stream).values().stream().map(Held::list).filter(l -> l.kind() == kind).toList();
        return window(all, offset, limit);
    }

    @Override
    public synchronized boolean delete(StreamId stream, ResourceId id) {
        return lists(stream).remove(id) != null;
    }

    @Override
    public synchronized Optional<ContactsAdded> addContacts(StreamId stream, ResourceId id, List<ListedContact> contacts, Instant at) {
        Held held = lists(stream).get(id);
        if (held == null) return Optional.empty();
        LinkedHashMap<String, ListedContact> now = new LinkedHashMap<>(held.contacts());
        Set<String> heldPhones = new HashSet<>(now.values().stream().map(ListedContact::phone).toList());
        List<String> duplicates = new ArrayList<>();
        int added = 0;
        for (ListedContact c : contacts) {
            if (now.containsKey(c.id()) || heldPhones.contains(c.phone())) {
                duplicates.add(c.phone());
            } else {
                heldPhones.add(c.phone());
                now.put(c.id(), c);
                added++;
            }
        }
        ContactList list = added == 0 ? held.list() : held.list().holding(now.size(), at);
        lists(stream).put(id, new Held(list, now));
        return Optional.of(new ContactsAdded(list, added, duplicates));
    }

    @Override
    public synchronized Optional<Page<ListedContact>> contacts(StreamId stream, ResourceId id, int offset, int limit) {
        Held held = lists(stream).get(id);
        return held == null ? Optional.empty() : Optional.of(window(List.copyOf(held.contacts().values()), offset, limit));
    }

    @Override
    public synchronized Optional<ListedContact> contact(StreamId stream, ResourceId id, String contactId) {
        return Optional.ofNullable(lists(stream).get(id)).map(held -> held.contacts().get(contactId));
    }

    @Override
    public synchronized boolean deleteContact(StreamId stream, ResourceId id, String contactId, Instant at) {
        Held held = lists(stream).get(id);
        if (held == null || !held.contacts().containsKey(contactId)) return false;
        LinkedHashMap<String, ListedContact> now = new LinkedHashMap<>(held.contacts());
        now.remove(contactId);
        lists(stream).put(id, new Held(held.list().holding(now.size(), at), now));
        return true;
    }

    @Override
    public synchronized Set<String> holding(StreamId stream, ResourceId id, Collection<String> phones) {
        Held held = lists(stream).get(id);
        if (held == null) return Set.of();
        Set<String> heldPhones = new HashSet<>(held.contacts().values().stream().map(ListedContact::phone).toList());
        return phones.stream().filter(heldPhones::contains).collect(Collectors.toSet());
    }

    private static <T> Page<T> window(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(all.subList(from, to), all.size(), offset, limit, to < all.size(), Optional.empty());
    }
}
