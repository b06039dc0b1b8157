package dev.voicecampaign.core.callback;

/** A callback as a request asks for it, unchecked: a number or a stored contact's id, the instant, a note. Any field may be null. */
public record CallbackDraft(String phone, String contactId, String region, String callContactAt, String note) {
}
