package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Objects;

/**
 * What an upload did: {@code accepted} contacts stored, the numbers of those the list already held (or that the
 * upload repeated) in {@code duplicates}, and in {@code rejected} every violation of the refused ones, at
 * {@code contacts[i]...}, with what reading the body found (unknown fields are warnings, their contact kept).
 */
public record ContactUpload(ContactList list, int accepted, List<String> duplicates, Seq<Violation> rejected) {
    public ContactUpload {
        Objects.requireNonNull(list, "list");
        duplicates = List.copyOf(duplicates);
        Objects.requireNonNull(rejected, "rejected");
    }
}
