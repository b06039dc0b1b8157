package dev.voicecampaign.json;

import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.RequestCodes;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an upload sent as {@code text/csv}: a header row with a {@code phone} column and, if wanted, {@code id},
 * {@code zone}, {@code postalCode} and {@code region} (the {@code callable} command's layout; other columns are ignored;
 * a DNC list reads {@code phone} and {@code region} only), then an entry per row. An empty cell is an absent value. A row that breaks the CSV syntax (an unclosed quote) ends
 * the reading: the rows before it are kept, and the break is reported at the next entry ({@code request.body.malformed}).
 * Without a header row or a {@code phone} column nothing is read.
 */
public final class ContactCsvReader {
    /** The columns read, in the order the docs list them. */
    public static final List<String> COLUMNS = List.of("phone", "id", "zone", "postalCode", "region");

    private ContactCsvReader() {
    }

    public static ReadResult<List<ContactDraft>> read(byte[] body, ListKind kind) {
        List<ContactDraft> contacts = new ArrayList<>();
        try (CsvTable rows = CsvTable.open(new ByteArrayInputStream(body), "the CSV body", List.of("phone"))) {
            while (rows.next()) {
                contacts.add(kind == ListKind.DNC ? new ContactDraft(null, cell(rows, "phone"), null, null, cell(rows, "region"), null)
                        : new ContactDraft(cell(rows, "id"), cell(rows, "phone"), cell(rows, "zone"), cell(rows, "postalCode"),
                        cell(rows, "region"), null));
            }
            return new ReadResult<>(Optional.of(contacts), io.vavr.collection.List.empty());
        } catch (CsvTable.Malformed e) {
            Violation broken = Violation.error(contacts.isEmpty() && e.line() <= 1 ? kind.root() : kind.entry(contacts.size()),
                    RequestCodes.MALFORMED, Map.of(), e.getMessage());
            return new ReadResult<>(contacts.isEmpty() && e.line() <= 1 ? Optional.empty() : Optional.of(contacts), io.vavr.collection.List.of(broken));
        }
    }

    private static String cell(CsvTable rows, String column) {
        String value = rows.get(column);
        return value.isEmpty() ? null : value;
    }
}
