package dev.voicecampaign.core.contactlist;

import dev.voicecampaign.core.violation.Path;

/**
 * What a stored list is for: contacts to call (named in a campaign's {@code contactLists}) or numbers never to call
 * (a DNC list, named in {@code dncLists}). Each kind has its own names in an app; a DNC list's entries are numbers.
 */
public enum ListKind {
    CONTACTS("contacts", "contact list", "contactList", "contacts"), DNC("dnc", "DNC list", "dncList", "numbers");

    private final String storedName;
    private final String label;
    private final String namespace;
    private final String entriesField;

    ListKind(String storedName, String label, String namespace, String entriesField) {
        this.storedName = storedName;
        this.label = label;
        this.namespace = namespace;
        this.entriesField = entriesField;
    }

    /** Where a list's own fields are reported, and the first part of their codes: {@code contactList} or {@code dncList}. */
    public Path root() {
        return Path.root(namespace);
    }

    /** The field an upload's entries are sent in, and the list's count answered under: {@code contacts} or {@code numbers}. */
    public String entriesField() {
        return entriesField;
    }

    /** Where an upload's entries are reported: {@code contactList.contacts} or {@code dncList.numbers}. */
    public Path entries() {
        return root().field(entriesField);
    }

    /** Where entry {@code index} of an upload is reported, such as {@code contacts[index]}. */
    public Path entry(int index) {
        return entries().index(index);
    }

    /** How storage writes the kind. */
    public String storedName() {
        return storedName;
    }

    /** How messages name a list of this kind: "contact list" or "DNC list". */
    public String label() {
        return label;
    }

    /** The kind storage wrote as {@code storedName}. */
    public static ListKind ofStored(String storedName) {
        for (ListKind kind : values()) {
            if (kind.storedName.equals(storedName)) return kind;
        }
        throw new IllegalArgumentException("no list kind " + storedName);
    }
}
