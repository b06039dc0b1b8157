package dev.voicecampaign.rules.decision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The answer to a dialer's question for one contact at one instant: call now, wait until an instant at which every
 * rule allows the call, or never. Each answer names the zones it was decided in; refusals list every reason.
 */
public sealed interface CallDecision {
    /** The zones the contact's local time was read in (empty when its number could not be read). */
    List<ZoneId> zones();

    /** Every reason the call is refused (empty for {@link Call}). */
    List<Reason> reasons();

    /** The call may be placed now. */
    record Call(List<ZoneId> zones) implements CallDecision {
        public Call {
            zones = List.copyOf(zones);
        }

        @Override
        public List<Reason> reasons() {
            return List.of();
        }
    }

    /** Not now: {@code until} is the earliest instant at which every rule allows the call; {@code reasons} say why not now. */
    record Wait(Instant until, List<ZoneId> zones, List<Reason> reasons) implements CallDecision {
        public Wait {
            zones = List.copyOf(zones);
            reasons = List.copyOf(reasons);
        }
    }

    /** Not within the horizon the decision looks at, or not at all (an unreadable number, a DNC entry, attempts used up). */
    record Never(List<ZoneId> zones, List<Reason> reasons) implements CallDecision {
        public Never {
            zones = List.copyOf(zones);
            reasons = List.copyOf(reasons);
        }
    }
}
