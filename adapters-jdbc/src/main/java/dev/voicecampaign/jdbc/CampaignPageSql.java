package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.PagePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of one list page: the query's filters as WHERE terms, its order on indexed columns with the id as
 * tie-break of times (both in the query's direction), and its window as LIMIT/OFFSET or, after a {@link PagePosition},
 * as a keyset condition with a plain bound on the order's first column, where the engine starts its index range, so
 * that it reads the rows of the page and no others (with OFFSET it walks the skipped index entries first). One row more
 * than the limit is asked for: it only says that more follow. Names and ids compare character by character on both
 * engines (schema version 4), as Java's strings do in the in-memory store.
 *
 * @param count     counts every match of the filters, position or not
 * @param page      reads the page's rows
 */
record CampaignPageSql(String count, List<Object> countParameters, String page, List<Object> pageParameters) {
    private static final List<String> CREATED = List.of("created_at_second", "created_at_nano");

    static CampaignPageSql of(StreamId stream, CampaignQuery query) {
        List<String> terms = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        terms.add("stream_id = ?");
        parameters.add(stream.value());
        in(terms, parameters, "status", query.statuses().stream().map(Enum::name).sorted().toList());
        in(terms, parameters, "mode", query.modes().stream().map(Enum::name).sorted().toList());
        in(terms, parameters, "priority", query.priorities().stream().sorted().toList());
        query.nameContains().ifPresent(text -> {
            terms.add("lname LIKE ? ESCAPE '\\'");
            parameters.add("%" + CampaignName.lnameOf(text).replaceAll("([\\\\%_])", "\\\\$1") + "%");
        });
        query.createdFrom().ifPresent(from -> terms.add(beyond(parameters, CREATED, List.of(from.getEpochSecond(), from.getNano()), 0, ">=", ">")));
        query.createdTo().ifPresent(to -> terms.add(beyond(parameters, CREATED, List.of(to.getEpochSecond(), to.getNano()), 0, "<", "<")));
        String where = String.join(" AND ", terms);

        // Names are unique per stream, so the name alone is a total order; times tie, and the id breaks ties.
        List<String> order = switch (query.sortBy()) {
            case NAME -> List.of("lname");
            case CREATED_AT -> List.of("created_at_second", "created_at_nano", "id");
            case UPDATED_AT -> List.of("updated_at_second", "updated_at_nano", "id");
        };
        String direction = query.ascending() ? " ASC" : " DESC";
        List<String> pageTerms = new ArrayList<>(terms);
        List<Object> pageParameters = new ArrayList<>(parameters);
        String op = query.ascending() ? ">" : "<";
        query.after().ifPresent(p -> {
            pageTerms.add(beyond(pageParameters, order, values(p), 0, op, op));
            // The same bound on the first column alone, which the engines can start an index range with.
            if (order.size() > 1) {
                pageTerms.add(order.get(0) + " " + op + "= ?");
                pageParameters.add(values(p).get(0));
            }
        });
        pageParameters.add(query.limit() + 1);
        pageParameters.add(query.offset());
        String page = "SELECT " + CampaignRows.SELECTED + " FROM campaign WHERE " + String.join(" AND ", pageTerms)
                // stream_id leads so that H2 sees the (stream_id, ...) index as sorted for the order
                + " ORDER BY stream_id, " + order.stream().map(c -> c + direction).collect(Collectors.joining(", "))
                + " LIMIT ? OFFSET ?";
        return new CampaignPageSql("SELECT COUNT(*) FROM campaign WHERE " + where, List.copyOf(parameters), page,
                Collections.unmodifiableList(pageParameters));
    }

    private static void in(List<String> terms, List<Object> parameters, String column, List<?> values) {
        if (values.isEmpty()) return;
        terms.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
        parameters.addAll(values);
    }

    /** The values a position holds for the order's columns. */
    private static List<Object> values(PagePosition position) {
        return switch (position.key()) {
            case PagePosition.ByName(String lname) -> List.of(lname);
            case PagePosition.ByTime(Instant at) -> List.of(at.getEpochSecond(), at.getNano(), position.id().value());
        };
    }

    /**
     * Rows whose columns, compared in order, lie beyond {@code values}: {@code (c1 > v1 OR (c1 = v1 AND c2 > v2))}
     * with {@code op} for every column but the last, {@code lastOp} for the last, a form indexes on the columns serve.
     */
    private static String beyond(List<Object> parameters, List<String> columns, List<Object> values, int i, String lastOp, String op) {
        parameters.add(values.get(i));
        if (i == columns.size() - 1) return columns.get(i) + " " + lastOp + " ?";
        parameters.add(values.get(i));
        return "(" + columns.get(i) + " " + op + " ? OR (" + columns.get(i) + " = ? AND "
                + beyond(parameters, columns, values, i + 1, lastOp, op) + "))";
    }
}
