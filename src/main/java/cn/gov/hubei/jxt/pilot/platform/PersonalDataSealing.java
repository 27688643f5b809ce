package cn.gov.hubei.jxt.pilot.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The columns of personal data that a module seals at rest with {@link PersonalDataCipher}, and the one batch loop
 * that seals them at start: rows still in plain text (written before the module sealed them) are sealed with the
 * current key and get their digests, rows sealed with an older key are sealed again with the current one (rotation,
 * docs/security.md §14). Batches of {@value #BATCH}; a row is updated only if nobody changed it meanwhile (every
 * node may run it at once); a value under a key that is not configured is left alone and logged, so a node started
 * without the new key never destroys anything. The module's start-up step calls {@link #reseal} and audits a run
 * that changed rows.
 *
 * @param table   the table
 * @param id      its key column (a {@code bigint})
 * @param columns the sealed columns
 * @param digests digest column → how it is made from the opened values of {@code columns} (may give {@code null})
 */
public record PersonalDataSealing(String table, String id, List<String> columns,
                                  Map<String, BiFunction<PersonalDataCipher, Map<String, String>, String>> digests) {

    /** Rows per batch. */
    public static final int BATCH = 500;
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Logger log = LoggerFactory.getLogger(PersonalDataSealing.class);

    public PersonalDataSealing {
        columns = List.copyOf(columns);
        digests = Map.copyOf(digests);
        List<String> names = new ArrayList<>(columns);
        names.add(table);
        names.add(id);
        names.addAll(digests.keySet());
        for (String name : names) {
            if (!NAME.matcher(Objects.requireNonNull(name)).matches()) {
                throw new IllegalArgumentException("not a column or table name: " + name);
            }
        }
    }

    /** A table with sealed columns and no digest. */
    public static PersonalDataSealing of(String table, String id, String... columns) {
        return new PersonalDataSealing(table, id, List.of(columns), Map.of());
    }

    /** The same columns, with one more digest column made from the opened values. */
    public PersonalDataSealing withDigest(String column,
                                          BiFunction<PersonalDataCipher, Map<String, String>, String> digest) {
        Map<String, BiFunction<PersonalDataCipher, Map<String, String>, String>> all = new HashMap<>(digests);
        all.put(column, digest);
        return new PersonalDataSealing(table, id, columns, all);
    }

    /** A stored value opened: a sealed one decrypted, one not sealed yet (an older row) as it is. */
    public static String open(PersonalDataCipher cipher, String stored) {
        return stored == null || !stored.startsWith(PersonalDataCipher.PREFIX + ":") ? stored : cipher.decrypt(stored);
    }

    /** The digest of an e-mail address for exact lookups, in any case and without surrounding blanks. */
    public static String emailDigest(PersonalDataCipher cipher, String email) {
        return email == null || email.isBlank() ? null
                : cipher.digest("email:" + email.strip().toLowerCase(Locale.ROOT));
    }

    /** The digest of a telephone or mobile number for exact lookups: its digits only. */
    public static String mobileDigest(PersonalDataCipher cipher, String mobile) {
        String digits = mobile == null ? "" : mobile.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : cipher.digest("mobile:" + digits);
    }

    /**
     * Seals every row of the table whose columns are in plain text or under another key than the current key of
     * {@code with}, batch by batch.
     *
     * @return how many rows were sealed (again)
     */
    public int reseal(JdbcClient jdbc, PersonalDataCipher with) {
        String current = PersonalDataCipher.PREFIX + ":" + with.currentKeyId() + ":%";
        String select = "select " + id + ", " + String.join(", ", columns) + " from " + table
                + " where " + id + " > :after and ("
                + String.join(" or ", columns.stream()
                .map(c -> "(" + c + " is not null and " + c + " not like :current)").toList())
                + ") order by " + id + " limit :batch";
        List<String> sets = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            sets.add(columns.get(i) + " = :v" + i);
            same.add(columns.get(i) + " is not distinct from :o" + i);
        }
        List<String> digestColumns = List.copyOf(digests.keySet());
        for (int i = 0; i < digestColumns.size(); i++) {
            sets.add(digestColumns.get(i) + " = :d" + i);
        }
        String update = "update " + table + " set " + String.join(", ", sets) + " where " + id + " = :id and "
                + String.join(" and ", same);
        int total = 0;
        long after = 0;
        while (true) {
            List<Object[]> rows = jdbc.sql(select).param("after", after).param("current", current)
                    .param("batch", BATCH).query((rs, n) -> {
                        Object[] row = new Object[columns.size() + 1];
                        row[0] = rs.getLong(1);
                        for (int i = 0; i < columns.size(); i++) {
                            row[i + 1] = rs.getString(i + 2);
                        }
                        return row;
                    }).list();
            if (rows.isEmpty()) {
                return total;
            }
            for (Object[] row : rows) {
                after = (Long) row[0];
                try {
                    Map<String, String> opened = new HashMap<>();
                    JdbcClient.StatementSpec spec = jdbc.sql(update).param("id", after);
                    for (int i = 0; i < columns.size(); i++) {
                        String value = open(with, (String) row[i + 1]);
                        opened.put(columns.get(i), value);
                        spec = spec.param("v" + i, with.encrypt(value)).param("o" + i, row[i + 1]);
                    }
                    for (int i = 0; i < digestColumns.size(); i++) {
                        spec = spec.param("d" + i, digests.get(digestColumns.get(i)).apply(with, opened));
                    }
                    total += spec.update();
                } catch (IllegalArgumentException e) {
                    log.warn("The personal data of {} {} cannot be opened with the configured keys: {}", table,
                            after, e.getMessage());
                }
            }
        }
    }
}
