package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.violation.Severity;

/**
 * The kinds of problem a field rule reports, each the last part of a violation code
 * ({@code campaign.name.tooLong}) with the default English message template its arguments fill.
 */
public enum Problem {
    REQUIRED("required", "is required"),
    BLANK("blank", "must not be blank"),
    INVALID_CHARACTER("invalidCharacter", "contains {character} at index {index}: control characters other than tab and line breaks, "
            + "and unpaired surrogates, are not text"),
    TOO_LONG("tooLong", "must be at most {max} characters"),
    OUT_OF_RANGE("outOfRange", "must be between {min} and {max}"),
    NOT_ALLOWED("notAllowed", "must be one of {allowed}"),
    FORMAT("format", "must have the format {format}"),
    UNKNOWN_ZONE("unknownZone", "{value} is not an IANA time zone"),
    TOO_FEW("tooFew", "must hold at least {min} entries"),
    TOO_MANY("tooMany", "must hold at most {max} entries"),
    NOT_FOUND("notFound", "{name} does not exist in this app"),
    NOT_VERIFIED("notVerified", "{phoneNumber} is not a verified caller id of this app"),
    UNASSIGNED("unassigned", "{phoneNumber} has the E.164 shape but is not a number any region assigns (libphonenumber); "
            + "check it, as called parties may not be shown it", Severity.WARNING),
    DUPLICATE("duplicate", "repeats {name}; the repeat is ignored", Severity.WARNING),
    IGNORED_FOR_MODE("ignoredForMode", "is not used by {mode} campaigns and is ignored", Severity.WARNING);

    private final String key;
    private final String template;
    private final Severity severity;

    Problem(String key, String template) {
        this(key, template, Severity.ERROR);
    }

    Problem(String key, String template, Severity severity) {
        this.key = key;
        this.template = template;
        this.severity = severity;
    }

    /** Whether it blocks (most do) or only informs. */
    public Severity severity() {
        return severity;
    }

    /** The problem as data, for specs. */
    public CodeSpec spec() {
        return new CodeSpec(key, severity, template);
    }

    /** The code's last part, such as {@code tooLong}. */
    public String key() {
        return key;
    }

    public String template() {
        return template;
    }
}
