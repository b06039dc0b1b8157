package dev.voicecampaign.core.contactlist;

/** A contact list as a request asks for it, unchecked: any field may be null. */
public record ContactListDraft(String name, String description) {
}
