package dev.voicecampaign.http.routing;

import dev.voicecampaign.core.draft.Dialect;

/** Every route of the reference server, with the dialect its bodies use. */
public enum RouteId {
    CREATE_V2(Dialect.V2), CREATE_V1(Dialect.V1), UPDATE_V2(Dialect.V2), UPDATE_V1(Dialect.V1), GET_V2(Dialect.V2),
    GET_V1(Dialect.V1), LIST(Dialect.V2), DELETE_V2(Dialect.V2), DELETE_V1(Dialect.V1), TRIGGER_V2(Dialect.V2),
    TRIGGER_V1(Dialect.V1), STATUS(Dialect.V2), SCHEDULE(Dialect.V2), DECISIONS(Dialect.V2),
    CONTACT_LIST_CREATE(Dialect.V2), CONTACT_LISTS(Dialect.V2), CONTACT_LIST_GET(Dialect.V2), CONTACT_LIST_DELETE(Dialect.V2),
    CONTACTS_UPLOAD(Dialect.V2), CONTACTS(Dialect.V2), CONTACT_DELETE(Dialect.V2),
    DNC_LIST_CREATE(Dialect.V2), DNC_LISTS(Dialect.V2), DNC_LIST_GET(Dialect.V2), DNC_LIST_DELETE(Dialect.V2),
    DNC_NUMBERS_UPLOAD(Dialect.V2), DNC_NUMBERS(Dialect.V2), DNC_NUMBER_DELETE(Dialect.V2),
    CALLBACK_CREATE(Dialect.V2), CALLBACKS(Dialect.V2), CALLBACK_DELETE(Dialect.V2),
    HEALTH_LIVE(Dialect.V2), HEALTH_READY(Dialect.V2);

    private final Dialect dialect;

    RouteId(Dialect dialect) {
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the route adds entries to a stored list: its body may be larger, and may be {@code text/csv}. */
    public boolean isUpload() {
        return this == CONTACTS_UPLOAD || this == DNC_NUMBERS_UPLOAD;
    }

    /** Whether the route answers without a token and outside the rate limit: the health probes of a process supervisor. */
    public boolean isOpen() {
        return this == HEALTH_LIVE || this == HEALTH_READY;
    }
}
