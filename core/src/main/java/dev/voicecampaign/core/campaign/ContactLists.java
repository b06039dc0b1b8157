package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

import java.util.HashSet;
import java.util.List;

/** The contact lists a campaign dials: at least one, at most 100, no name twice. */
public record ContactLists(List<ContactListRef> refs) {
    public static final IntRange COUNT = IntRange.of(1, 100);

    public ContactLists {
        refs = List.copyOf(refs);
        COUNT.require(refs.size(), "number of contact lists");
        if (refs.size() > 1 && new HashSet<>(refs).size() != refs.size()) {
            throw new IllegalArgumentException("contact lists repeat a name: " + refs);
        }
    }

    public static ContactLists of(String... names) {
        return new ContactLists(java.util.Arrays.stream(names).map(ContactListRef::new).toList());
    }

    public List<String> names() {
        return refs.stream().map(ContactListRef::name).toList();
    }
}
