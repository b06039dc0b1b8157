package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.CampaignQuery.SortField;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.support.Campaigns;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue "Keep every promise", item 12: with 50,000 campaigns in one app, a page reads its own rows and no
 * others, at the first page, at the last page reached by {@code skip} and by position, in every order; and
 * each order's page query is served by an index, already sorted (the plan H2 reports), so no page sorts or
 * reads the whole app. Counted, not timed: the figures live in docs/reliability.md.
 */
class ListAtDepthTest {
    static final StreamId STREAM = new StreamId("st-deep");
    static final int CAMPAIGNS = 50_000;
    static final AtomicLong ROWS_READ = new AtomicLong();
    static JdbcDataSource h2;
    static JdbcCampaignRepository repository;

    @BeforeAll
    static void fill() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:deep;DB_CLOSE_DELAY=-1");
        CampaignDatabase.migrate(h2);
        JdbcCampaignRepository writer = new JdbcCampaignRepository(h2);
        CampaignStatus[] statuses = {CampaignStatus.READY, CampaignStatus.STOPPED, CampaignStatus.COMPLETED, CampaignStatus.SCHEDULED};
        for (int n = 0; n < CAMPAIGNS; n++) {
            Instant created = Campaigns.T0.plusSeconds(n);
            StoredCampaign c = Campaigns.stored(STREAM, "cd-" + n, "Campaign " + n);
            writer.insert(new StoredCampaign(new CampaignId("cd-" + n), STREAM, c.campaign(), statuses[n % 4], c.references(),
                    Optional.empty(), Optional.empty(), Optional.empty(), created, created.plusSeconds(2L * (CAMPAIGNS - n)), 0));
        }
        repository = new JdbcCampaignRepository(counting(h2));
    }

    /** Reads one page and answers how many rows the page's queries handed over (the count's row included). */
    private static long rowsRead(CampaignQuery query, List<Page<StoredCampaign>> into) {
        ROWS_READ.set(0);
        into.add(repository.page(STREAM, query));
        return ROWS_READ.get();
    }

    @Test
    void aPageReadsItsOwnRowsAtAnyDepthInEveryOrder() {
        for (SortField field : SortField.values()) {
            for (boolean ascending : List.of(true, false)) {
                CampaignQuery order = CampaignQuery.all().sortedBy(field, ascending);
                List<Page<StoredCampaign>> pages = new ArrayList<>();
                assertThat(rowsRead(order.page(0, 10), pages)).as("%s %s first page", field, ascending).isEqualTo(12);
                assertThat(rowsRead(order.page(CAMPAIGNS - 10, 10), pages)).as("%s %s last page by skip", field, ascending).isEqualTo(11);
                Page<StoredCampaign> beforeLast = repository.page(STREAM, order.page(CAMPAIGNS - 20, 10));
                assertThat(rowsRead(order.after(beforeLast.next().orElseThrow(), 10), pages)).as("%s %s last page by position", field, ascending)
                        .isEqualTo(11);
                assertThat(pages.get(1).items()).isEqualTo(pages.get(2).items()).hasSize(10);
                assertThat(pages.get(2).hasMore()).isFalse();
                assertThat(pages).allSatisfy(p -> assertThat(p.total()).isEqualTo(CAMPAIGNS));
            }
        }
        List<Page<StoredCampaign>> filtered = new ArrayList<>();
        assertThat(rowsRead(CampaignQuery.all().withStatuses(Set.of(CampaignStatus.STOPPED)).page(CAMPAIGNS / 4 - 10, 10), filtered)).isEqualTo(11);
        assertThat(filtered.get(0).total()).isEqualTo(CAMPAIGNS / 4);
    }

    /** H2's plan of a page query, run ({@code EXPLAIN ANALYZE}), so it says how many rows the engine scanned. */
    private static String plan(CampaignQuery query) throws SQLException {
        CampaignPageSql sql = CampaignPageSql.of(STREAM, query);
        try (Connection c = h2.getConnection(); PreparedStatement explain = c.prepareStatement("EXPLAIN ANALYZE " + sql.page())) {
            for (int i = 0; i < sql.pageParameters().size(); i++) explain.setObject(i + 1, sql.pageParameters().get(i));
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }

    private static long scanned(String plan) {
        Matcher count = Pattern.compile("scanCount: ([0-9]+)").matcher(plan);
        assertThat(count.find()).as(plan).isTrue();
        return Long.parseLong(count.group(1));
    }

    @Test
    void everyOrdersPageQueryIsServedByAnIndexAlreadySortedAndACursorPageScansItsOwnRows() throws SQLException {
        for (SortField field : SortField.values()) {
            for (boolean ascending : List.of(true, false)) {
                CampaignQuery order = CampaignQuery.all().sortedBy(field, ascending);
                String bySkip = plan(order.page(CAMPAIGNS - 10, 10));
                assertThat(bySkip).as("%s %s", field, ascending).contains("/* index sorted */").doesNotContain("columns */");
                Page<StoredCampaign> beforeLast = repository.page(STREAM, order.page(CAMPAIGNS - 20, 10));
                String byCursor = plan(order.after(beforeLast.next().orElseThrow(), 10));
                assertThat(byCursor).as("%s %s", field, ascending).contains("/* index sorted */").doesNotContain("columns */");
                // The engine starts at the position: it scans the page (and the row that says whether more follow), not what lies before.
                assertThat(scanned(byCursor)).as("%s %s: %s", field, ascending, byCursor).isLessThanOrEqualTo(12);
            }
        }
    }

    /** {@code source} with every row a query hands over counted in {@link #ROWS_READ}. */
    private static DataSource counting(DataSource source) {
        return proxy(DataSource.class, source);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof ResultSet rows && method.getReturnType() == ResultSet.class) return proxy(ResultSet.class, rows);
            if (result instanceof PreparedStatement s && method.getReturnType() == PreparedStatement.class) return proxy(PreparedStatement.class, s);
            if (result instanceof Connection c && method.getReturnType() == Connection.class) return proxy(Connection.class, c);
            if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)) ROWS_READ.incrementAndGet();
            return result;
        };
        return (T) Proxy.newProxyInstance(ListAtDepthTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
