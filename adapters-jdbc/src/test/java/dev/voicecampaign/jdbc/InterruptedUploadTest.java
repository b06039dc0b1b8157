package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.StorageFailure;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload that fails half way (the second batch of contacts is refused by the database) stores none of its contacts. */
class InterruptedUploadTest {
    static final StreamId APP = new StreamId("st-1");
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path directory;

    /** The connection's contact inserts fail from their second batch on; everything else goes through. */
    static Connection failingSecondBatch(Connection real) {
        AtomicInteger batches = new AtomicInteger();
        InvocationHandler connection = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("prepareStatement") && String.valueOf(args[0]).startsWith("INSERT INTO contact ")) {
                PreparedStatement statement = (PreparedStatement) result;
                return Proxy.newProxyInstance(InterruptedUploadTest.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        (p, m, a) -> {
                            if (m.getName().equals("executeBatch") && batches.incrementAndGet() == 2) throw new SQLException("disk full (injected)");
                            return invoke(statement, m, a);
                        });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(InterruptedUploadTest.class.getClassLoader(), new Class<?>[] {Connection.class}, connection);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void aFailureHalfWayThroughAnUploadStoresNothing() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(TempFileDatabases.under(directory, "data").jdbcUrl());
        CampaignDatabase.migrate(h2);
        JdbcContactListRepository healthy = new JdbcContactListRepository(h2);
        ContactList list = ContactList.created(new ResourceId("cl-1"), APP, ListKind.CONTACTS, "Leads", Optional.empty(), T0);
        healthy.insert(list);
        DataSource failing = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, a) -> m.getName().equals("getConnection") ? failingSecondBatch(h2.getConnection()) : invoke(h2, m, a));
        List<ListedContact> contacts = IntStream.range(0, 1_200).mapToObj(i -> ListedContact.of("c-" + i, "+1415" + (5_000_000 + i))).toList();

        assertThatThrownBy(() -> new JdbcContactListRepository(failing).addContacts(APP, list.id(), contacts, T0))
                .isInstanceOf(StorageFailure.class).hasMessageContaining("disk full");
        assertThat(healthy.contacts(APP, list.id(), 0, 10).orElseThrow().total()).isZero();
        assertThat(healthy.contacts(APP, list.id(), 0, 10).orElseThrow().items()).isEmpty();
        assertThat(healthy.find(APP, list.id())).contains(list);
        assertThat(healthy.addContacts(APP, list.id(), contacts, T0).orElseThrow().added()).isEqualTo(1_200);
    }
}
