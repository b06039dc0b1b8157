package dev.voicecampaign.rules.dsl;

/**
 * The kinds of problem a field rule reports, each the last part of a violation code
 * ({@code campaign.name.tooLong}) with the default English message template its arguments fill.
 */
public enum Problem {
    REQUIRED("required", "is required"),
    BLANK("blank", "must not be blank"),
    TOO_LONG("tooLong", "must be at most {max} characters"),
    OUT_OF_RANGE("outOfRange", "must be between {min} and {max}"),
    NOT_ALLOWED("notAllowed", "must be one of {allowed}"),
    FORMAT("format", "must have the format {format}"),
    UNKNOWN_ZONE("unknownZone", "{value} is not an IANA time zone"),
    TOO_FEW("tooFew", "must hold at least {min} entries"),
    TOO_MANY("tooMany", "must hold at most {max} entries"),
    NOT_FOUND("notFound", "{name} does not exist in this app"),
    NOT_VERIFIED("notVerified", "{phoneNumber} is not a verified caller id of this app"),
    DUPLICATE("duplicate", "repeats {name}; the repeat is ignored"),
    IGNORED_FOR_MODE("ignoredForMode", "is not used by {mode} campaigns and is ignored");

    private final String key;
    private final String template;

    Problem(String key, String template) {
        this.key = key;
        this.template = template;
    }

    /** The code's last part, such as {@code tooLong}. */
    public String key() {
        return key;
    }

    public String template() {
        return template;
    }
}
