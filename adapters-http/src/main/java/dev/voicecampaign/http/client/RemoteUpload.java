package dev.voicecampaign.http.client;

import dev.voicecampaign.core.contactlist.ContactList;
import java.util.List;
import java.util.Objects;

/** What a remote upload did: the list as it now is, how many entries it stored, the duplicates' numbers and every refused entry's problem. */
public record RemoteUpload(ContactList list, int accepted, List<String> duplicates, List<RemoteResult.Problem> rejected) {
    public RemoteUpload {
        Objects.requireNonNull(list, "list");
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
    }
}
