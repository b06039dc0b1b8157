package dev.voicecampaign.core.contactlist;

import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored list of one app (stream): of contacts, what campaigns name in {@code contactLists}, or of numbers not to
 * call, what they name in {@code dncLists} ({@link ListKind}). Its name is unique among the app's lists of its kind,
 * compared as campaign names are ({@link #lname()}); {@code contacts} counts what it holds; {@code version} grows
 * with every change.
 */
public record ContactList(ResourceId id, StreamId stream, ListKind kind, String name, Optional<String> description, long contacts,
                          Instant createdAt, Instant updatedAt, long version) {
    public ContactList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("blank list name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (contacts < 0 || version < 0) throw new IllegalArgumentException("negative count or version");
    }

    /** A new, empty list at version 0. */
    public static ContactList created(ResourceId id, StreamId stream, ListKind kind, String name, Optional<String> description, Instant at) {
        return new ContactList(id, stream, kind, name, description, 0, at, at, 0);
    }

    /** The name as names are compared in an app (case, spacing and Unicode form ignored). */
    public String lname() {
        return CampaignName.lnameOf(name);
    }

    /** This list holding {@code count} contacts since {@code at}, one version later. */
    public ContactList holding(long count, Instant at) {
        return new ContactList(id, stream, kind, name, description, count, createdAt, at, version + 1);
    }
}
