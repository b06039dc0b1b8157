package dev.voicecampaign.rules.decision;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingSchedule;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WeeklySchedule;
import dev.voicecampaign.core.usecase.ManageContactLists;
import dev.voicecampaign.rules.compliance.CompliancePack;
import dev.voicecampaign.rules.compliance.CompliancePacks;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Decides, for one campaign, whether a contact may be called at an instant and, if not, when it next may
 * ({@link #decide}). The rules, each read at the called party's local time in every zone the contact may be in:
 * <ul>
 *   <li>never: a number libphonenumber cannot read or no region assigns, a number on the DNC list, attempts used up
 *       ({@code maxAttemptsPerRecord}), or a compliance pack's minimum ring time above the campaign's;</li>
 *   <li>not before: the campaign's calling hours and restricted periods, each compliance pack's hours and closed
 *       days, the retry period after the last attempt, and each communication limit (an attempt at {@code a}
 *       counts against a limit of {@code d} days until {@code a + d} days of 24 hours, exclusive).</li>
 * </ul>
 * A contact's zones are, in this order: the zone given with it; the zones of its number; the campaign's zone.
 * A number that may ring in several zones is called only when every one of them allows it. The answer's instant
 * is found from the schedules' own next openings, not by scanning, and looks at most
 * {@link CallingSchedule#HORIZON} ahead. Thread-safe. Keep one per campaign: it prepares each zone's schedules the first
 * time it meets the zone, listed for the five weeks after that instant ({@link PreparedSchedule}); other instants are
 * answered as well, more slowly.
 */
public final class CallDecider {
    private final Campaign campaign;
    private final List<CompliancePack> packs;
    private final Predicate<String> onDncList;
    private final Optional<String> defaultRegion;
    /** Each pack's closed and restricted codes, its id written in. */
    private final List<String> packClosedCodes;
    private final List<String> packRestrictedCodes;
    /*
     * Each zone's schedules, compiled and listed once per decider instead of for each decision (CallDecisionBenchmark:
     * project against projectUnprepared). Bounded: one entry per zone this JVM knows (a contact's zone must be one of
     * them), and per zone set libphonenumber maps a number to.
     */
    private final Map<ZoneId, ZoneRules> byZone = new ConcurrentHashMap<>();
    private final Map<List<ZoneId>, PreparedSchedule> byZoneSet = new ConcurrentHashMap<>();

    private CallDecider(Campaign campaign, List<CompliancePack> packs, Predicate<String> onDncList) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.packs = List.copyOf(packs);
        this.onDncList = Objects.requireNonNull(onDncList, "onDncList");
        this.defaultRegion = ContactNumber.regionOf(campaign.dialingStrategy().callerId().e164());
        this.packClosedCodes = this.packs.stream().map(p -> ReasonCode.PACK_CLOSED.codeFor(p.id())).toList();
        this.packRestrictedCodes = this.packs.stream().map(p -> ReasonCode.PACK_RESTRICTED.codeFor(p.id())).toList();
    }

    /**
     * A decider for {@code campaign} under the compliance packs it names ({@code compliancePacks}); {@code onDncList}
     * says whether an E.164 number is on the campaign's DNC list. National numbers without a region are read in the
     * region of the campaign's caller id.
     */
    public static CallDecider of(Campaign campaign, Predicate<String> onDncList) {
        return of(campaign, campaign.compliancePacks().stream().map(id -> CompliancePacks.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("no compliance pack " + id))).toList(), onDncList);
    }

    /**
     * A decider for a stored campaign of {@code stream} whose DNC list is the stored one it names, as {@code dncLists}
     * holds it: the numbers of {@code contacts} (those that read) are looked up together, once. A DNC list named only in
     * a configuration holds no numbers here.
     */
    public static CallDecider forStored(StreamId stream, StoredCampaign campaign, ManageContactLists dncLists, Collection<Contact> contacts) {
        Set<String> onDncList = new HashSet<>();   // filled below: reading numbers needs the decider, not its DNC answers
        CallDecider decider = of(campaign.campaign(), onDncList::contains);
        campaign.references().dncList().ifPresent(dnc -> onDncList.addAll(dncLists.holding(stream, dnc,
                contacts.stream().flatMap(c -> decider.read(c.phone(), c.region()).map(ContactNumber::e164).toJavaStream()).toList())));
        return decider;
    }

    /** As {@link #of(Campaign, Predicate)} under {@code packs} instead of those the campaign names (a host's own packs). */
    public static CallDecider of(Campaign campaign, List<CompliancePack> packs, Predicate<String> onDncList) {
        return new CallDecider(campaign, packs, onDncList);
    }

    /** The decision for {@code contact} at {@code at}, given the instants it was already called at in this campaign. */
    public CallDecision decide(Contact contact, List<Instant> attempts, Instant at) {
        Either<Reason, ContactNumber> number = read(contact.phone(), contact.region());
        if (number.isLeft()) return new CallDecision.Never(List.of(), List.of(number.getLeft()));
        return decide(number.get(), contact.zone(), attempts, at);
    }

    /**
     * The decision for {@code contact} at {@code at}, its attempts looked up by E.164 number in {@code attemptsByNumber}
     * (a contact file's history, read with {@link #read}); the answer carries the number as E.164 where it reads.
     */
    public ContactDecision decide(Contact contact, Map<String, List<Instant>> attemptsByNumber, Instant at) {
        Either<Reason, ContactNumber> number = read(contact.phone(), contact.region());
        if (number.isLeft()) {
            return new ContactDecision(contact.id(), contact.phone(), new CallDecision.Never(List.of(), List.of(number.getLeft())));
        }
        String e164 = number.get().e164();
        return new ContactDecision(contact.id(), e164, decide(number.get(), contact.zone(), attemptsByNumber.getOrDefault(e164, List.of()), at));
    }

    /** Reads {@code phone} as {@link ContactNumber#parse} does, a national number in {@code region} or else the caller id's region. */
    public Either<Reason, ContactNumber> read(String phone, Optional<String> region) {
        return ContactNumber.parse(phone, region.or(() -> defaultRegion));
    }

    /** As {@link #decide(Contact, List, Instant)} for a number already read; {@code zone} is the contact's own, if known. */
    public CallDecision decide(ContactNumber number, Optional<ZoneId> zone, List<Instant> attempts, Instant at) {
        List<ZoneId> zones = zone.map(List::of)
                .orElseGet(() -> number.zones().isEmpty() ? List.of(campaignHours().zone()) : number.zones());
        List<Reason> never = neverReasons(number, attempts);
        if (!never.isEmpty()) return new CallDecision.Never(zones, never);

        ZoneRules only = zones.size() == 1 ? rulesIn(zones.getFirst(), at) : null;
        PreparedSchedule open = only != null ? only.open() : openIn(zones, at);
        List<Limit> limits = limits(attempts, at);
        if (limits.isEmpty() && open.isOpenAt(at)) return new CallDecision.Call(zones);

        List<Reason> reasons = new ArrayList<>();
        for (ZoneId z : zones) closedReasons(only != null ? only : rulesIn(z, at), at, reasons);
        Instant earliest = at;
        for (Limit limit : limits) {
            reasons.add(limit.reason());
            if (limit.until().isAfter(earliest)) earliest = limit.until();
        }
        Optional<Instant> next = open.nextOpening(earliest);
        if (next.isEmpty()) {
            reasons.add(ReasonCode.NO_OPENING.reason("no instant within " + CallingSchedule.HORIZON.toDays()
                    + " days allows the call in " + zones));
            return new CallDecision.Never(zones, reasons);
        }
        return next.get().equals(at) ? new CallDecision.Call(zones) : new CallDecision.Wait(next.get(), zones, reasons);
    }

    /** What refuses the call for good. */
    private List<Reason> neverReasons(ContactNumber number, List<Instant> attempts) {
        List<Reason> never = new ArrayList<>();
        if (onDncList.test(number.e164())) {
            never.add(ReasonCode.DNC.reason(number.e164() + " is on the campaign's DNC list"));
        }
        DialingStrategy strategy = campaign.dialingStrategy();
        int maxAttempts = strategy.maxAttemptsPerRecord().value();
        if (attempts.size() >= maxAttempts) {
            never.add(ReasonCode.ATTEMPTS_EXHAUSTED.reason("called " + attempts.size() + " times; the campaign allows "
                    + maxAttempts + " attempts per record"));
        }
        for (CompliancePack pack : packs) {
            if (pack.minRingSeconds().isPresent() && strategy.maxRingTime().seconds() < pack.minRingSeconds().get()) {
                never.add(ReasonCode.RING_TOO_SHORT.reason(pack.id(), pack.title() + ": unanswered calls must ring at least "
                        + pack.minRingSeconds().get() + " seconds; the campaign rings " + strategy.maxRingTime().seconds()));
            }
        }
        return never;
    }

    /** The campaign's hours and every pack's, read in one zone, and all of them together. */
    private record ZoneRules(ZoneId zone, PreparedSchedule campaign, List<PreparedSchedule> packs, PreparedSchedule open) {
    }

    /** The rules read in {@code zone}, prepared the first time the zone is met (at {@code at}). */
    private ZoneRules rulesIn(ZoneId zone, Instant at) {
        ZoneRules prepared = byZone.get(zone);
        if (prepared != null) return prepared;
        return byZone.computeIfAbsent(zone, z -> {
            CallingHours hours = campaignHours();
            CallingSchedule campaignHours = WeeklySchedule.compile(new CallingHours(hours.frequency(), z, hours.windows(), hours.restrictedPeriods()));
            List<CallingSchedule> packHours = packs.stream().map(pack -> (CallingSchedule) pack.scheduleIn(z)).toList();
            CallingSchedule open = campaignHours;
            for (CallingSchedule allowed : packHours) open = open.and(allowed);
            return new ZoneRules(z, new PreparedSchedule(campaignHours, at),
                    packHours.stream().map(p -> new PreparedSchedule(p, at)).toList(), new PreparedSchedule(open, at));
        });
    }

    /** When every zone of {@code zones} allows the call, prepared the first time the zone set is met (at {@code at}). */
    private PreparedSchedule openIn(List<ZoneId> zones, Instant at) {
        if (zones.size() == 1) return rulesIn(zones.getFirst(), at).open();
        PreparedSchedule prepared = byZoneSet.get(zones);
        if (prepared != null) return prepared;
        return byZoneSet.computeIfAbsent(zones, zs -> {
            CallingSchedule open = null;
            for (ZoneId z : zs) open = open == null ? rulesIn(z, at).open().schedule() : open.and(rulesIn(z, at).open().schedule());
            return new PreparedSchedule(open, at);
        });
    }

    /** Adds why the campaign's hours and each pack, read in one zone, refuse the call at {@code at}. */
    private void closedReasons(ZoneRules rules, Instant at, List<Reason> reasons) {
        if (!rules.campaign().isOpenAt(at)) {
            reasons.add(closed(ReasonCode.HOURS_RESTRICTED.code(), ReasonCode.HOURS_CLOSED.code(), "the campaign's calling hours",
                    campaignHours().restrictedPeriods(), rules.zone(), at));
        }
        for (int i = 0; i < packs.size(); i++) {
            if (!rules.packs().get(i).isOpenAt(at)) {
                CompliancePack pack = packs.get(i);
                reasons.add(closed(packRestrictedCodes.get(i), packClosedCodes.get(i), pack.title(), pack.closedDays(), rules.zone(), at));
            }
        }
    }

    /** The reason coded {@code restricted} on a closed local date (with its label), else coded {@code closed}. */
    private static Reason closed(String restricted, String closed, String what, List<RestrictedPeriod> closedDays,
                                 ZoneId zone, Instant at) {
        if (!closedDays.isEmpty()) {
            LocalDate date = LocalDate.ofInstant(at, zone);
            for (RestrictedPeriod period : closedDays) {
                if (period.covers(date)) {
                    return Reason.of(restricted, date + " (" + period.label().orElse("restricted") + ") is closed under " + what
                            + " in " + zone.getId());
                }
            }
        }
        return new Reason.OutsideHours(closed, what, zone, at);
    }

    /** A rule that holds the call until {@code until}, and why. */
    private record Limit(Instant until, Reason reason) {
    }

    /** The retry period after the last attempt, and each communication limit reached at {@code at}. */
    private List<Limit> limits(List<Instant> attempts, Instant at) {
        if (attempts.isEmpty()) return List.of();
        List<Limit> found = new ArrayList<>();
        Optional<Instant> last = attempts.stream().filter(a -> !a.isAfter(at)).max(Instant::compareTo);
        if (last.isPresent()) {
            Instant retry = last.get().plus(campaign.dialingStrategy().defaultRetryPeriod().asDuration());
            if (retry.isAfter(at)) {
                found.add(new Limit(retry, ReasonCode.RETRY_WAITING.reason("the last attempt was at " + last.get()
                        + "; the campaign waits " + campaign.dialingStrategy().defaultRetryPeriod().minutes() + " minutes between attempts")));
            }
        }
        for (CommunicationLimit limit : campaign.communicationLimits()) {
            List<Instant> counted = attempts.stream()
                    .filter(a -> !a.isAfter(at) && a.plus(limit.window()).isAfter(at)).sorted().toList();
            if (counted.size() >= limit.maxCountPerRecipient()) {
                Instant until = counted.get(counted.size() - limit.maxCountPerRecipient()).plus(limit.window());
                found.add(new Limit(until, ReasonCode.LIMIT_REACHED.reason(counted.size() + " calls within "
                        + limit.frequency() + " days reach the limit of " + limit.maxCountPerRecipient() + "; the oldest counted ages out at " + until)));
            }
        }
        return found;
    }

    private CallingHours campaignHours() {
        return campaign.dialingStrategy().callingHours();
    }
}
