package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactsAdded;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.core.port.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contact lists over JDBC (tables {@code contact_list} and {@code contact}, schema version 6). Each write is one
 * transaction; adding contacts locks the list's row first, so writers of one list go one at a time and an upload
 * either stores every new contact or none.
 */
public final class JdbcContactListRepository implements ContactListRepository {
    /** SQLSTATE of a unique or primary key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Rows per batch insert and numbers per {@code IN (...)} look-up. */
    private static final int CHUNK = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> ATTRIBUTES = new TypeReference<>() { };
    private static final String LIST_COLUMNS = "stream_id, id, version, name, description, contacts, "
            + "created_at_second, created_at_nano, updated_at_second, updated_at_nano, kind";

    private static final String CONTACT_COLUMNS = "id, phone, zone, postal_code, region, attributes";

    private final DataSource dataSource;
    private final boolean writeThrough;

    /** Over a data source whose database {@link CampaignDatabase#migrate} has brought up to date. */
    public JdbcContactListRepository(DataSource dataSource) {
        this(dataSource, false);
    }

    /** As {@link #JdbcContactListRepository(DataSource)}; with {@code writeThrough}, each commit is written to the file ({@link Transactions#commit}). */
    JdbcContactListRepository(DataSource dataSource, boolean writeThrough) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.writeThrough = writeThrough;
    }

    @Override
    public boolean insert(ContactList list) {
        return inTransaction("insert contact list " + list.id(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO contact_list (" + LIST_COLUMNS + ", lname) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, list.stream().value());
                insert.setString(2, list.id().value());
                insert.setLong(3, list.version());
                insert.setString(4, list.name());
                insert.setString(5, list.description().orElse(null));
                insert.setLong(6, list.contacts());
                insert.setLong(7, list.createdAt().getEpochSecond());
                insert.setInt(8, list.createdAt().getNano());
                insert.setLong(9, list.updatedAt().getEpochSecond());
                insert.setInt(10, list.updatedAt().getNano());
                insert.setString(11, list.kind().storedName());
                insert.setString(12, list.lname());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) return false;
                throw e;
            }
        });
    }

    @Override
    public Optional<ContactList> find(StreamId stream, ResourceId id) {
        return read("read contact list " + id, c -> list(c, stream, id, false));
    }

    @Override
    public Optional<ContactList> findByLname(StreamId stream, ListKind kind, String lname) {
        return read("read contact list " + lname, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + LIST_COLUMNS + " FROM contact_list "
                    + "WHERE stream_id = ? AND kind = ? AND lname = ?")) {
                select.setString(1, stream.value());
                select.setString(2, kind.storedName());
                select.setString(3, lname);
                return lists(select).stream().findFirst();
            }
        });
    }

    @Override
    public Page<ContactList> page(StreamId stream, ListKind kind, int offset, int limit) {
        return read("list contact lists", c -> {
            long total = count(c, "SELECT COUNT(*) FROM contact_list WHERE stream_id = ? AND kind = ?", stream.value(), kind.storedName());
            try (PreparedStatement select = c.prepareStatement("SELECT " + LIST_COLUMNS + " FROM contact_list WHERE stream_id = ? AND kind = ? "
                    + "ORDER BY created_at_second, created_at_nano, id LIMIT ? OFFSET ?")) {
                select.setString(1, stream.value());
                select.setString(2, kind.storedName());
                select.setInt(3, limit);
                select.setLong(4, offset);
                return new Page<>(lists(select), total, offset, limit, (long) offset + limit < total, Optional.empty());
            }
        });
    }

    @Override
    public boolean delete(StreamId stream, ResourceId id) {
        return inTransaction("delete contact list " + id, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM contact_list WHERE stream_id = ? AND id = ?")) {
                delete.setString(1, stream.value());
                delete.setString(2, id.value());
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<ContactsAdded> addContacts(StreamId stream, ResourceId id, List<ListedContact> contacts, Instant at) {
        return inTransaction("add contacts to " + id, c -> {
            Optional<ContactList> locked = list(c, stream, id, true);
            if (locked.isEmpty()) return Optional.empty();
            Set<String> heldPhones = held(c, stream, id, "phone", contacts.stream().map(ListedContact::phone).toList());
            Set<String> heldIds = held(c, stream, id, "id", contacts.stream().map(ListedContact::id).toList());
            List<ListedContact> fresh = new ArrayList<>();
            List<String> duplicates = new ArrayList<>();
            for (ListedContact contact : contacts) {
                if (heldIds.contains(contact.id()) || heldPhones.contains(contact.phone())) {
                    duplicates.add(contact.phone());
                } else {
                    heldIds.add(contact.id());
                    heldPhones.add(contact.phone());
                    fresh.add(contact);
                }
            }
            long position = count(c, "SELECT COALESCE(MAX(position), 0) FROM contact WHERE stream_id = ? AND list_id = ?",
                    stream.value(), id.value());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO contact (stream_id, list_id, id, position, phone, zone, "
                    + "postal_code, region, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < fresh.size(); i++) {
                    ListedContact contact = fresh.get(i);
                    insert.setString(1, stream.value());
                    insert.setString(2, id.value());
                    insert.setString(3, contact.id());
                    insert.setLong(4, ++position);
                    insert.setString(5, contact.phone());
                    insert.setString(6, contact.zone().map(ZoneId::getId).orElse(null));
                    insert.setString(7, contact.postalCode().orElse(null));
                    insert.setString(8, contact.region().orElse(null));
                    insert.setString(9, JSON.writeValueAsString(new TreeMap<>(contact.attributes())));
                    insert.addBatch();
                    if ((i + 1) % CHUNK == 0) insert.executeBatch();
                }
                insert.executeBatch();
            }
            ContactList list = locked.get();
            if (!fresh.isEmpty()) list = counted(c, list, list.contacts() + fresh.size(), at);
            return Optional.of(new ContactsAdded(list, fresh.size(), duplicates));
        });
    }

    @Override
    public Optional<Page<ListedContact>> contacts(StreamId stream, ResourceId id, int offset, int limit) {
        return read("read contacts of " + id, c -> {
            Optional<ContactList> list = list(c, stream, id, false);
            if (list.isEmpty()) return Optional.empty();
            try (PreparedStatement select = c.prepareStatement("SELECT " + CONTACT_COLUMNS + " FROM contact "
                    + "WHERE stream_id = ? AND list_id = ? ORDER BY position LIMIT ? OFFSET ?")) {
                select.setString(1, stream.value());
                select.setString(2, id.value());
                select.setInt(3, limit);
                select.setLong(4, offset);
                List<ListedContact> items = contacts(select);
                long total = list.get().contacts();
                return Optional.of(new Page<>(items, total, offset, limit, (long) offset + limit < total, Optional.empty()));
            }
        });
    }

    @Override
    public Optional<ListedContact> contact(StreamId stream, ResourceId id, String contactId) {
        return read("read contact " + contactId, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + CONTACT_COLUMNS + " FROM contact "
                    + "WHERE stream_id = ? AND list_id = ? AND id = ?")) {
                select.setString(1, stream.value());
                select.setString(2, id.value());
                select.setString(3, contactId);
                return contacts(select).stream().findFirst();
            }
        });
    }

    private static List<ListedContact> contacts(PreparedStatement select) throws SQLException {
        List<ListedContact> items = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                items.add(new ListedContact(rows.getString(1), rows.getString(2), Optional.ofNullable(rows.getString(3)).map(ZoneId::of),
                        Optional.ofNullable(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                        JSON.readValue(rows.getString(6), ATTRIBUTES)));
            }
        }
        return items;
    }

    @Override
    public boolean deleteContact(StreamId stream, ResourceId id, String contactId, Instant at) {
        return inTransaction("delete contact " + contactId, c -> {
            Optional<ContactList> locked = list(c, stream, id, true);
            if (locked.isEmpty()) return false;
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM contact WHERE stream_id = ? AND list_id = ? AND id = ?")) {
                delete.setString(1, stream.value());
                delete.setString(2, id.value());
                delete.setString(3, contactId);
                if (delete.executeUpdate() == 0) return false;
            }
            counted(c, locked.get(), locked.get().contacts() - 1, at);
            return true;
        });
    }

    @Override
    public Set<String> holding(StreamId stream, ResourceId id, Collection<String> phones) {
        return read("look up numbers in " + id, c -> held(c, stream, id, "phone", List.copyOf(phones)));
    }

    /** The list, its row locked until the transaction ends when {@code lock}. */
    private static Optional<ContactList> list(Connection c, StreamId stream, ResourceId id, boolean lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + LIST_COLUMNS + " FROM contact_list WHERE stream_id = ? AND id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, stream.value());
            select.setString(2, id.value());
            return lists(select).stream().findFirst();
        }
    }

    private static List<ContactList> lists(PreparedStatement select) throws SQLException {
        List<ContactList> lists = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                lists.add(new ContactList(new ResourceId(rows.getString(2)), new StreamId(rows.getString(1)),
                        ListKind.ofStored(rows.getString(11)), rows.getString(4),
                        Optional.ofNullable(rows.getString(5)), rows.getLong(6), Instant.ofEpochSecond(rows.getLong(7), rows.getInt(8)),
                        Instant.ofEpochSecond(rows.getLong(9), rows.getInt(10)), rows.getLong(3)));
            }
        }
        return lists;
    }

    /** Stores that the list now holds {@code contacts}, one version later, and answers it. */
    private static ContactList counted(Connection c, ContactList list, long contacts, Instant at) throws SQLException {
        ContactList next = list.holding(contacts, at);
        try (PreparedStatement update = c.prepareStatement("UPDATE contact_list SET contacts = ?, version = ?, updated_at_second = ?, "
                + "updated_at_nano = ? WHERE stream_id = ? AND id = ?")) {
            update.setLong(1, next.contacts());
            update.setLong(2, next.version());
            update.setLong(3, at.getEpochSecond());
            update.setInt(4, at.getNano());
            update.setString(5, list.stream().value());
            update.setString(6, list.id().value());
            update.executeUpdate();
        }
        return next;
    }

    /** Which of {@code values} the list holds in {@code column}, asked in chunks. */
    private static Set<String> held(Connection c, StreamId stream, ResourceId id, String column, List<String> values) throws SQLException {
        Set<String> held = new HashSet<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            try (PreparedStatement select = c.prepareStatement("SELECT " + column + " FROM contact WHERE stream_id = ? AND list_id = ? AND "
                    + column + " IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
                select.setString(1, stream.value());
                select.setString(2, id.value());
                for (int i = 0; i < chunk.size(); i++) select.setString(i + 3, chunk.get(i));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) held.add(rows.getString(1));
                }
            }
        }
        return held;
    }

    private static long count(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) select.setString(i + 1, parameters[i]);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private <T> T inTransaction(String action, Transactions.SqlWork<T> work) {
        return Transactions.inTransaction(dataSource, writeThrough, "contact list storage could not " + action, work);
    }

    /** A transaction that only reads: nothing to write through. */
    private <T> T read(String action, Transactions.SqlWork<T> work) {
        return Transactions.inTransaction(dataSource, false, "contact list storage could not " + action, work);
    }
}
