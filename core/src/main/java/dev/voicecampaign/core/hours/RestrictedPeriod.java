package dev.voicecampaign.core.hours;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * Whole local days (in the calling hours' zone) on which no call is placed, such as public
 * holidays: a one-off date range, or a range of month-days recurring every year. Both ends are
 * inclusive. Our addition: the seeds have no such concept.
 */
public sealed interface RestrictedPeriod {
    /** How long a label may be (our addition, like the periods themselves). */
    dev.voicecampaign.core.constraint.TextLimit LABEL_LIMIT = dev.voicecampaign.core.constraint.TextLimit.upTo(100);

    /** A short human label, such as "Christmas"; the wire makes it optional. */
    Optional<String> label();

    /** Whether {@code date} falls in the period. */
    boolean covers(LocalDate date);

    /** A one-off range of dates, {@code first} to {@code last} inclusive. */
    record OneOff(LocalDate first, LocalDate last, Optional<String> label) implements RestrictedPeriod {
        public OneOff(LocalDate first, LocalDate last, String label) {
            this(first, last, Optional.of(label));
        }

        public OneOff {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(label, "label");
            if (last.isBefore(first)) throw new IllegalArgumentException("last " + last + " before first " + first);
        }

        @Override
        public boolean covers(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }
    }

    /**
     * A range of month-days recurring every year; {@code last} before {@code first} wraps over the
     * new year (Dec 31 to Jan 1). February 29 matches only in leap years.
     */
    record Yearly(MonthDay first, MonthDay last, Optional<String> label) implements RestrictedPeriod {
        public Yearly(MonthDay first, MonthDay last, String label) {
            this(first, last, Optional.of(label));
        }

        public Yearly {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public boolean covers(LocalDate date) {
            MonthDay day = MonthDay.from(date);
            return first.isAfter(last)
                    ? !day.isBefore(first) || !day.isAfter(last)
                    : !day.isBefore(first) && !day.isAfter(last);
        }
    }
}
