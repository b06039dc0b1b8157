package dev.voicecampaign.core.contactlist;

import java.util.List;
import java.util.Objects;

/**
 * What adding contacts to a list did: every contact the list did not hold yet was added, in one transaction,
 * and {@code duplicates} lists the numbers of those it already held (by number or by contact id), in upload order.
 */
public record ContactsAdded(ContactList list, int added, List<String> duplicates) {
    public ContactsAdded {
        Objects.requireNonNull(list, "list");
        duplicates = List.copyOf(duplicates);
    }
}
