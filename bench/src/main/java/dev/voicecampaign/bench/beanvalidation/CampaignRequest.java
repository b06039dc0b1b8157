package dev.voicecampaign.bench.beanvalidation;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The v2 create body as a Bean Validation user would write it: records bound by Jackson, annotated with
 * the project's limits as far as standard constraints reach (the benchmarks' rival to the rule sets).
 * Mode-only fields are checked in the mode's group ({@link ModeGroups}); everything Bean Validation
 * cannot say (directory look-ups, IANA zones, overlapping windows, dialect rules, warnings) is listed in
 * {@code docs/performance.md}. Patterns are literals because annotations need constants; the smoke test
 * checks that they equal the project's.
 */
public record CampaignRequest(
        @NotBlank @Size(max = 48) String name,
        @NotNull @Size(max = 256) String description,
        @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 256) String> contactLists,
        @NotNull @Valid DncList dncLists,
        @NotNull @Pattern(regexp = "[1-5]") String priority,
        @NotNull @Pattern(regexp = "Agentless|Progressive|Preview") String dialingMode,
        @NotNull @Valid DialingStrategy dialingStrategy,
        @Valid Schedule schedule,
        @JsonProperty("queue_name") @NotBlank(groups = {ModeGroups.Progressive.class, ModeGroups.Preview.class}) @Size(max = 256)
        String queueName,
        @NotNull(groups = ModeGroups.Preview.class) @Min(0) @Max(100) Long maxSkips,
        @NotBlank(groups = ModeGroups.Agentless.class) @Size(max = 256) String experienceFlowName,
        @NotNull(groups = ModeGroups.Agentless.class) @Pattern(regexp = "no|detect|disconnect") String enableMachineDetect,
        @NotNull @Pattern(regexp = "voice") String campaignType) {

    /** The E.164 shape, as {@code CallerId.E164}. */
    public static final String E164 = "\\+[1-9][0-9]{6,14}";
    /** The wire's clock time, as {@code WireTime.PATTERN}. */
    public static final String WIRE_TIME = "(0?[1-9]|1[0-2]):([0-5][0-9]) (AM|PM)";

    /** {@code dncLists}. */
    public record DncList(@NotBlank @Size(max = 256) String name) {
    }

    /** {@code dialingStrategy}. */
    public record DialingStrategy(
            @NotNull @Valid CallerId callerId,
            @NotNull @Valid CallingHours callingHours,
            @NotNull @Pattern(regexp = "FIFO|LIFO") String dialingOrder,
            @NotNull @Min(1) @Max(100) Long maxAttemptsPerRecord,
            @NotNull @Min(1) @Max(1440) Long defaultRetryPeriod,
            @NotNull @Min(5) @Max(120) Long maxRingTime) {
    }

    /** {@code dialingStrategy.callerId}. */
    public record CallerId(@NotNull @Pattern(regexp = E164) String phoneNumber) {
    }

    /** {@code dialingStrategy.callingHours}; the zone can only be required, not checked against the zone database. */
    public record CallingHours(
            @NotNull @Pattern(regexp = "WEEKLY|DAILY|CUSTOM") String frequency,
            @NotBlank String timezone,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid DayWindow> days,
            @Size(max = 100) List<@NotNull @Valid RestrictedPeriod> restrictedPeriods) {
    }

    /** One calling window; the day is required even under DAILY (a condition on the parent is out of reach). */
    public record DayWindow(
            @NotNull @Pattern(regexp = "MO|TU|WE|TH|FR|SA|SU") String day,
            @NotNull @Pattern(regexp = WIRE_TIME) String start,
            @NotNull @Pattern(regexp = WIRE_TIME) String end) {
    }

    /** A restricted period (the project's addition); only the date's shape can be checked, not that it exists. */
    public record RestrictedPeriod(
            @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}|--[0-9]{2}-[0-9]{2}") String from,
            @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}|--[0-9]{2}-[0-9]{2}") String to,
            Boolean yearly,
            @Size(max = 100) String label) {
    }

    /** {@code schedule}: scheduling is switched on through its own route, never in the body. */
    public record Schedule(@AssertFalse Boolean isSchedulingEnabled, Boolean isRecurrenceEnabled) {
    }
}
