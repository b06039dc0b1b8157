package dev.voicecampaign.rules;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.ContactListRef;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.DialingOrder;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.ExperienceFlowRef;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.QueueRef;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DialingStrategyDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.hours.WireDay;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Turns a draft that passed its mode's rule set into the typed campaign. Only called after
 * validation, so every value is known to fit; repeated contact lists are dropped (they were warned
 * about), fields of other modes and of other dialects are left out.
 */
final class CampaignAssembler {
    private CampaignAssembler() {
    }

    static Campaign assemble(CampaignDraft d, DialingMode mode) {
        CampaignName name = new CampaignName(d.name());
        Description description = new Description(d.description());
        ContactLists lists = new ContactLists(contactLists(d.contactLists()));
        Optional<DncListRef> dnc = d.dialect() == Dialect.V2 ? Optional.of(new DncListRef(d.dncLists().name())) : Optional.empty();
        Priority priority = new Priority(Integer.parseInt(d.priority()));
        DialingStrategy strategy = strategy(d.dialingStrategy());
        return switch (mode) {
            case AGENTLESS -> new AgentlessCampaign(name, description, lists, dnc, priority, strategy,
                    new ExperienceFlowRef(d.experienceFlowName()), MachineDetection.fromWireValue(d.enableMachineDetect()).orElseThrow());
            case PROGRESSIVE -> new ProgressiveCampaign(name, description, lists, dnc, priority, strategy, new QueueRef(d.queueName()));
            case PREVIEW -> new PreviewCampaign(name, description, lists, dnc, priority, strategy, new QueueRef(d.queueName()),
                    new MaxSkips(Math.toIntExact(d.maxSkips())));
        };
    }

    /** The names as references, repeats dropped (first kept). */
    private static List<ContactListRef> contactLists(List<String> names) {
        if (names.size() == 1) return List.of(new ContactListRef(names.get(0)));
        List<ContactListRef> refs = new ArrayList<>(names.size());
        for (String name : new LinkedHashSet<>(names)) refs.add(new ContactListRef(name));
        return refs;
    }

    private static DialingStrategy strategy(DialingStrategyDraft s) {
        return new DialingStrategy(new CallerId(s.callerId().phoneNumber()), callingHours(s.callingHours()),
                DialingOrder.valueOf(s.dialingOrder()), new MaxAttempts(Math.toIntExact(s.maxAttemptsPerRecord())),
                new RetryPeriod(Math.toIntExact(s.defaultRetryPeriod())), new RingTime(Math.toIntExact(s.maxRingTime())));
    }

    static CallingHours callingHours(CallingHoursDraft h) {
        Frequency frequency = Frequency.valueOf(h.frequency());
        List<DayWindowDraft> days = h.days();
        CallingWindow[] windows = new CallingWindow[days.size()];
        for (int i = 0; i < windows.length; i++) windows[i] = window(days.get(i), frequency);
        List<RestrictedPeriod> restricted = h.restrictedPeriods() == null ? List.of()
                : h.restrictedPeriods().stream().map(CampaignAssembler::restricted).toList();
        return new CallingHours(frequency, ZoneId.of(h.timezone()), List.of(windows), restricted);
    }

    private static CallingWindow window(DayWindowDraft w, Frequency frequency) {
        LocalTime start = WireTime.parse(w.start()).orElseThrow();
        LocalTime end = WireTime.parse(w.end()).orElseThrow();
        return frequency == Frequency.DAILY ? CallingWindow.everyDay(start, end) : CallingWindow.on(WireDay.parse(w.day()).orElseThrow(), start, end);
    }

    private static RestrictedPeriod restricted(RestrictedPeriodDraft p) {
        String label = p.label() == null ? "" : p.label();
        Object from = CallingHoursRules.parseDate(p.from()).orElseThrow();
        Object to = CallingHoursRules.parseDate(p.to()).orElseThrow();
        if (Boolean.TRUE.equals(p.yearly())) return new RestrictedPeriod.Yearly(monthDay(from), monthDay(to), label);
        return new RestrictedPeriod.OneOff((LocalDate) from, (LocalDate) to, label);
    }

    private static MonthDay monthDay(Object parsed) {
        return parsed instanceof LocalDate date ? MonthDay.from(date) : (MonthDay) parsed;
    }
}
