package dev.voicecampaign.rules;

/**
 * Codes of problems found before a draft exists: in the request body itself. The JSON adapter
 * raises them; they are declared here so the code catalogue and the docs list every code in one place.
 */
public final class RequestCodes {
    /** A value of the wrong JSON type. Arguments: {@code expected} (string, integer, boolean, object, array). */
    public static final String WRONG_TYPE = "request.field.wrongType";
    /** A field the dialect's body does not have; ignored (warning). */
    public static final String UNKNOWN_FIELD = "request.field.unknown";
    /** The same key twice in one object. */
    public static final String DUPLICATE_FIELD = "request.field.duplicate";
    /** Not JSON. Arguments: {@code line}, {@code column}. */
    public static final String MALFORMED = "request.body.malformed";
    /** No body at all. */
    public static final String EMPTY = "request.body.empty";
    /** JSON, but not an object. Arguments: {@code found}. */
    public static final String NOT_OBJECT = "request.body.notObject";
    /** Beyond a read limit (nesting, document, number or string length). Arguments: {@code limit}. */
    public static final String LIMIT_EXCEEDED = "request.body.limitExceeded";

    private RequestCodes() {
    }
}
