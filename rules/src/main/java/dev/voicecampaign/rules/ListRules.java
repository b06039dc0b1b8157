package dev.voicecampaign.rules;

import static dev.voicecampaign.rules.dsl.ListRule.listOf;
import static dev.voicecampaign.rules.dsl.ObjectRule.object;
import static dev.voicecampaign.rules.dsl.TextRule.text;
import static dev.voicecampaign.rules.dsl.WholeNumberRule.whole;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.constraint.TextLimit;
import dev.voicecampaign.core.draft.FiltersDraft;
import dev.voicecampaign.core.draft.ListRequestDraft;
import dev.voicecampaign.core.draft.SortDraft;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.ListQueryValidator;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.CampaignQuery.SortField;
import dev.voicecampaign.core.port.PageCursor;
import dev.voicecampaign.core.port.PagePosition;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.ValueRule;
import dev.voicecampaign.rules.dsl.Violations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the list route's body ({@code getAllCampaignDetails}): {@code type} voice, the page
 * ({@code skip} from 0, or {@code page} from 1, and {@code limit} 1 to 100, default 10), the creation-date
 * range ({@code startDate} inclusive, {@code endDate} inclusive of its day when a date; UTC), one
 * {@code sortBy} member ({@code name}, {@code createdAt} or {@code updatedAt}, {@code asc} or {@code desc};
 * default newest first), {@code filters} (status, priority and dialing-mode values) and {@code cursor} (where a page
 * starts, from an earlier answer's {@code nextCursor}, instead of {@code skip}/{@code page}). Codes start with {@code list.}.
 */
public final class ListRules implements ListQueryValidator {
    static final List<String> STATUSES = Arrays.stream(CampaignStatus.values()).map(CampaignStatus::wireName).toList();
    static final List<String> DIRECTIONS = List.of("asc", "desc");
    static final String DATE_FORMAT = "YYYY-MM-DD or ISO-8601 instant";
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T.*Z)?");
    private static final IntRange PAGE = IntRange.of(1, Integer.MAX_VALUE);
    private static final TextLimit CURSOR = TextLimit.upTo(PageCursor.MAX_LENGTH);
    private static final Pattern CURSOR_SHAPE = Pattern.compile("[A-Za-z0-9_-]+");

    private static final RuleSet<ListRequestDraft, CampaignQuery> RULES = RuleSet.of(r -> {
        r.field("type", ListRequestDraft::type, CampaignRuleSets.voiceOnly("{value} campaigns are not listed here; this API lists voice campaigns"),
                "Type of campaign: voice (the default).");
        var skip = r.field("skip", ListRequestDraft::skip, whole().range(CampaignQuery.OFFSET), "Campaigns to skip; wins over page.");
        var page = r.field("page", ListRequestDraft::page, whole().range(PAGE), "Page number from 1, of limit campaigns each.");
        var limit = r.field("limit", ListRequestDraft::limit, whole().range(CampaignQuery.LIMIT), "Campaigns per page (default " + CampaignQuery.DEFAULT_LIMIT + ").");
        var from = r.field("startDate", ListRequestDraft::startDate, date(false), "Created at or after: a date (its start, UTC) or an instant.");
        var to = r.field("endDate", ListRequestDraft::endDate, date(true), "Created before the end of this date (UTC), or before this instant.");
        var sort = r.field("sortBy", ListRequestDraft::sortBy, object(sort()), "One member naming the field sorted by, asc or desc.");
        var filters = r.field("filters", ListRequestDraft::filters, object(filters()), "Only campaigns with these values.");
        var cursor = r.field("cursor", ListRequestDraft::cursor,
                text().length(CURSOR).parses(PageCursor::decode, "opaque cursor, as nextCursor gives it", CURSOR_SHAPE),
                "Where the page starts: the nextCursor of the page before, sent with the same sortBy, instead of skip or page. "
                        + "A page read from a cursor costs the same at any depth and does not shift when campaigns before it come or go.");
        r.cross((d, v, at, context) -> d.limit() != null && v.get(limit) == null ? List.of() : pageWithinReach(v.get(skip), v.get(page), v.get(limit), at),
                new CrossFieldSpec("list.page.beyondReach", Severity.ERROR,
                        "Without skip, (page - 1) times limit campaigns are skipped, which may not exceed what skip may say.", Optional.empty()));
        r.cross((d, v, at, context) -> cursorFits(d, v.get(cursor), v.get(sort), at),
                new CrossFieldSpec("list.cursor.withSkip", Severity.ERROR, "A cursor says where the page starts, so skip and page are not sent with it.",
                        Optional.empty()),
                new CrossFieldSpec("list.cursor.otherOrder", Severity.ERROR,
                        "A cursor belongs to the order it was given in: send the same sortBy (or none, if it had none).", Optional.empty()));
        return v -> {
            int size = v.get(limit) == null ? CampaignQuery.DEFAULT_LIMIT : v.get(limit).intValue();
            long offset = v.get(skip) != null ? v.get(skip) : v.get(page) == null ? 0 : (v.get(page) - 1) * size;
            CampaignQuery query = CampaignQuery.all().page((int) offset, size)
                    .createdBetween(Optional.ofNullable(v.get(from)), Optional.ofNullable(v.get(to)));
            if (v.get(sort) != null) query = query.sortedBy(v.get(sort).field(), v.get(sort).ascending());
            if (v.get(filters) != null) query = v.get(filters).apply(query);
            return v.get(cursor) == null ? query : query.after(v.get(cursor), size);
        };
    });

    @Override
    public Validation<Seq<Violation>, CampaignQuery> validate(ListRequestDraft draft) {
        // No list rule consults a directory, so there is no context to give.
        return RULES.validate(draft, Path.root("list"), null);
    }

    /** Every field, as data, for docs and schemas. */
    public static List<FieldSpec> fields() {
        return RULES.fields();
    }

    /** Every cross-field rule, as data. */
    public static List<CrossFieldSpec> crossFieldRules() {
        return RULES.crossFieldRules();
    }

    /** The sort a {@code sortBy} object asks for. */
    private record Sort(SortField field, boolean ascending) {
    }

    private static RuleSet<SortDraft, Sort> sort() {
        ValueRule<String, Boolean> direction = text().oneOf(DIRECTIONS).as("asc"::equals);
        return RuleSet.of(s -> {
            var name = s.field("name", SortDraft::name, direction, "By name in its compared form (lname: case, spaces and Unicode normalisation ignored).");
            var created = s.field("createdAt", SortDraft::createdAt, direction, "By creation time.");
            var updated = s.field("updatedAt", SortDraft::updatedAt, direction, "By last change.");
            s.cross("list.sortBy.oneField", Severity.ERROR, "sortBy names at most one field.", (d, v, at, context) ->
                    (d.name() == null ? 0 : 1) + (d.createdAt() == null ? 0 : 1) + (d.updatedAt() == null ? 0 : 1) <= 1 ? List.of()
                            : List.of(Violations.of(at, Violations.code(at, "oneField"), "must name at most one of name, createdAt, updatedAt",
                                    Severity.ERROR)));
            return v -> v.get(name) != null ? new Sort(SortField.NAME, v.get(name))
                    : v.get(created) != null ? new Sort(SortField.CREATED_AT, v.get(created))
                    : v.get(updated) != null ? new Sort(SortField.UPDATED_AT, v.get(updated)) : null;
        });
    }

    /** What {@code filters} keeps. */
    private interface Filter {
        CampaignQuery apply(CampaignQuery query);
    }

    private static RuleSet<FiltersDraft, Filter> filters() {
        return RuleSet.of(f -> {
            var statuses = f.field("status", FiltersDraft::status,
                    listOf(text().required().oneOf(STATUSES).as(s -> CampaignStatus.fromWireName(s).orElseThrow())), "Statuses, such as Ready.");
            var priorities = f.field("priority", FiltersDraft::priority,
                    listOf(text().required().oneOf(CampaignRuleSets.PRIORITIES).as(Integer::valueOf)), "Priorities, \"" + Priority.RANGE.min() + "\" to \"" + Priority.RANGE.max() + "\".");
            var modes = f.field("dialingMode", FiltersDraft::dialingMode,
                    listOf(text().required().oneOf(CampaignRuleSets.MODES).as(m -> DialingMode.fromWireName(m).orElseThrow())),
                    "Dialing modes.");
            return v -> query -> query.withStatuses(set(v.get(statuses))).withPriorities(set(v.get(priorities))).withModes(set(v.get(modes)));
        });
    }

    private static <T> Set<T> set(List<T> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }

    /** A date ({@code endOfDay}: the instant its next day starts, UTC) or an ISO-8601 instant. */
    private static ValueRule<String, Instant> date(boolean endOfDay) {
        return text().parses(text -> instant(text, endOfDay), DATE_FORMAT, DATE_SHAPE);
    }

    static Optional<Instant> instant(String text, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A cursor comes without skip and page, and with the order it was given in. */
    private static List<Violation> cursorFits(ListRequestDraft draft, PagePosition position, Sort sort, Path at) {
        if (position == null) return List.of();
        Path where = at.field("cursor");
        if (draft.skip() != null || draft.page() != null) {
            return List.of(Violations.of(where, Violations.code(where, "withSkip"), "is sent instead of skip and page, not with them", Severity.ERROR));
        }
        SortField field = sort == null ? CampaignQuery.all().sortBy() : sort.field();
        boolean ascending = sort == null ? CampaignQuery.all().ascending() : sort.ascending();
        if (position.sortBy() == field && position.ascending() == ascending) return List.of();
        return List.of(Violations.of(where, Violations.code(where, "otherOrder"), "was given for another sortBy ({order}); send that one again",
                Severity.ERROR, "order", wireName(position.sortBy()) + " " + (position.ascending() ? "asc" : "desc")));
    }

    /** The {@code sortBy} member that names {@code field}. */
    private static String wireName(SortField field) {
        return switch (field) {
            case NAME -> "name";
            case CREATED_AT -> "createdAt";
            case UPDATED_AT -> "updatedAt";
        };
    }

    private static List<Violation> pageWithinReach(Long skip, Long page, Long limit, Path at) {
        if (skip != null || page == null) return List.of();
        long size = limit == null ? CampaignQuery.DEFAULT_LIMIT : limit;
        if ((page - 1) * size <= CampaignQuery.OFFSET.max()) return List.of();
        Path where = at.field("page");
        return List.of(Violations.of(where, Violations.code(where, "beyondReach"), "must be at most {max} with a limit of {limit}",
                Severity.ERROR, "max", CampaignQuery.OFFSET.max() / size + 1, "limit", size));
    }
}
