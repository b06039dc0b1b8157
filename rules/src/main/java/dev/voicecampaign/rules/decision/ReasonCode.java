package dev.voicecampaign.rules.decision;

/**
 * Every reason a call decision can give, as data: its code (a compliance pack's own id in place of {@code {pack}}),
 * whether it refuses for good or for now, and what it means. Decisions build their reasons from here, and the
 * docs list them from here.
 */
public enum ReasonCode {
    NUMBER_UNREADABLE("decision.number.unreadable", true, "libphonenumber cannot read the number (not a number, too short or long, no region for a national number)."),
    NUMBER_MISSING("decision.number.missing", true, "The contact has no number (a blank phone)."),
    ZONE_UNKNOWN("decision.zone.unknown", true, "The zone given with the contact is not one this JVM's zone rules know (IANA ids such as America/New_York)."),
    NUMBER_INVALID("decision.number.invalid", true, "The number reads, but no region assigns it (libphonenumber's isValidNumber)."),
    DNC("decision.dnc", true, "The number is on the campaign's DNC list."),
    ATTEMPTS_EXHAUSTED("decision.attempts.exhausted", true, "The contact was called as often as the campaign's maxAttemptsPerRecord allows."),
    RING_TOO_SHORT("decision.compliance.{pack}.ringTooShort", true, "The campaign's maxRingTime is below the pack's minimum ring time."),
    NO_OPENING("decision.noOpening", true, "No instant within the horizon (4 years) allows the call."),
    HOURS_CLOSED("decision.callingHours.closed", false, "Outside the campaign's calling hours, read at the contact's local time."),
    HOURS_RESTRICTED("decision.callingHours.restricted", false, "The contact's local date is one of the campaign's restricted periods."),
    PACK_CLOSED("decision.compliance.{pack}.closed", false, "Outside the pack's allowed local hours."),
    PACK_RESTRICTED("decision.compliance.{pack}.restricted", false, "The contact's local date is one of the pack's closed days (public holidays)."),
    RETRY_WAITING("decision.retryPeriod.waiting", false, "The campaign's defaultRetryPeriod has not passed since the last attempt."),
    LIMIT_REACHED("decision.communicationLimit.reached", false,
            "A communication limit is reached; the call waits until enough counted attempts age out.");

    private final String code;
    private final boolean forGood;
    private final String meaning;

    ReasonCode(String code, boolean forGood, String meaning) {
        this.code = code;
        this.forGood = forGood;
        this.meaning = meaning;
    }

    /** The code as written, {@code {pack}} standing for a pack's id. */
    public String code() {
        return code;
    }

    /** Whether it refuses the call for good ({@code Never}) rather than for now ({@code Wait}). */
    public boolean forGood() {
        return forGood;
    }

    public String meaning() {
        return meaning;
    }

    /** The reason with {@code message}; for codes that name no pack. */
    public Reason reason(String message) {
        if (code.contains("{pack}")) throw new IllegalStateException(code + " names a pack");
        return Reason.of(code, message);
    }

    /** The code with {@code pack} in place of {@code {pack}} (codes without it ignore it). */
    public String codeFor(String pack) {
        return code.replace("{pack}", pack);
    }

    /** The reason code {@code code} is an instance of (a pack's id standing for {@code {pack}}), if any. */
    public static java.util.Optional<ReasonCode> of(String code) {
        for (ReasonCode r : values()) {
            int pack = r.code.indexOf("{pack}");
            if (pack < 0 ? r.code.equals(code) : code.startsWith(r.code.substring(0, pack)) && code.endsWith(r.code.substring(pack + 6))
                    && code.length() > r.code.length() - 6) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /** The reason, {@code pack} in place of {@code {pack}}. */
    Reason reason(String pack, String message) {
        return Reason.of(codeFor(pack), message);
    }
}
