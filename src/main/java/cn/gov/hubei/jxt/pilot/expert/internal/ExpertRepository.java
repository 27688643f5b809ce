package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.ExpertChange;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.ExpertFilter;
import cn.gov.hubei.jxt.pilot.expert.NewExpert;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealing;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The experts, their fields and history ({@code expert}, {@code expert_mode}, {@code expert_industry}, {@code expert_change}). */
@Repository
class ExpertRepository {

    static final String SELECT = """
            select e.id, e.account_id, e.name, e.employer_name, e.employer_credit_code, g.name as group_name, e.title,
                   e.division_code, e.active, e.phone, e.email, e.version, e.created_at, e.updated_at,
                   u.username as account_username,
                   array(select m.mode_code from expert_mode m join manufacturing_mode r on r.code = m.mode_code
                          where m.expert_id = e.id order by r.display_order) as modes,
                   array(select i.industry_code from expert_industry i join key_industry r on r.code = i.industry_code
                          where i.expert_id = e.id order by r.display_order) as industries
              from expert e
              left join expert_company_group g on g.id = e.group_id
              left join user_account u on u.id = e.account_id""";

    /** The sealed columns, for the start-up step (docs/security.md §14). */
    static final PersonalDataSealing SEALED = PersonalDataSealing.of("expert", "id", "phone", "email");
    private static final Pattern SEALED_VALUE =
            Pattern.compile("\"(" + PersonalDataCipher.PREFIX + ":[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)\"");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ExpertRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<ExpertDetails> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(this::details).optional();
    }

    Optional<ExpertDetails> lock(long id) {
        jdbc.sql("select id from expert where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    Optional<ExpertDetails> byAccount(long accountId) {
        return jdbc.sql(SELECT + " where e.account_id = :account").param("account", accountId)
                .query(this::details).optional();
    }

    List<ExpertDetails> active() {
        return jdbc.sql(SELECT + " where e.active order by e.id").query(this::details).list();
    }

    List<ExpertDetails> all(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.id = any(:ids) order by e.id").param("ids", ids.toArray(Long[]::new))
                .query(this::details).list();
    }

    List<ExpertDetails> list(ExpertFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = SELECT + where(filter, params) + " order by e.id"
                + (filter.limit() > 0 ? " limit " + filter.limit() + " offset " + filter.offset() : "");
        return jdbc.sql(sql).params(params).query(this::details).list();
    }

    int count(ExpertFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from expert e" + where(filter, params)).params(params)
                .query(Integer.class).single();
    }

    /** The experts without an account, by id. */
    List<Long> withoutAccount() {
        return jdbc.sql("select id from expert where account_id is null order by id").query(Long.class).list();
    }

    private static String where(ExpertFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.modeCode() != null) {
            clauses.add("exists (select 1 from expert_mode m where m.expert_id = e.id and m.mode_code = :mode)");
            params.put("mode", f.modeCode());
        }
        if (f.industryCode() != null) {
            clauses.add("exists (select 1 from expert_industry i where i.expert_id = e.id "
                    + "and i.industry_code = :industry)");
            params.put("industry", f.industryCode());
        }
        if (f.divisionCode() != null) {
            clauses.add("e.division_code = :division");
            params.put("division", f.divisionCode());
        }
        if (f.active() != null) {
            clauses.add("e.active = :active");
            params.put("active", f.active());
        }
        if (f.text() != null) {
            clauses.add("(strpos(lower(e.name), lower(:text)) > 0 or strpos(lower(e.employer_name), lower(:text)) > 0"
                    + " or strpos(lower(e.title), lower(:text)) > 0)");
            params.put("text", f.text());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** The id of another expert with this name and employer (normalised), if there is one. */
    Optional<Long> duplicate(String name, String employerKey, Long exceptId) {
        return jdbc.sql("select id from expert where name = :name and employer_name_key = :key and id <> :except")
                .param("name", name).param("key", employerKey).param("except", exceptId == null ? -1L : exceptId)
                .query(Long.class).optional();
    }

    long insert(NewExpert expert, String employerKey, Long groupId, String actor, Instant now) {
        long id = jdbc.sql("""
                        insert into expert (name, employer_name, employer_name_key, employer_credit_code, group_id,
                                            title, division_code, phone, email, active, version, created_by,
                                            created_at, updated_at)
                        values (:name, :employer, :key, :code, :group, :title, :division, :phone, :email, true, 0,
                                :actor, :now, :now)
                        returning id""")
                .param("name", expert.name()).param("employer", expert.employerName()).param("key", employerKey)
                .param("code", expert.employerCreditCode()).param("group", groupId).param("title", expert.title())
                .param("division", expert.divisionCode()).param("phone", cipher.encrypt(expert.phone()))
                .param("email", cipher.encrypt(expert.email())).param("actor", actor).param("now", at(now))
                .query(Long.class).single();
        fields(id, expert);
        return id;
    }

    /** Replaces the record when it still has {@code version}; false when it changed meanwhile (or is gone). */
    boolean update(long id, long version, NewExpert expert, String employerKey, Long groupId, Instant now) {
        int rows = jdbc.sql("""
                        update expert set name = :name, employer_name = :employer, employer_name_key = :key,
                               employer_credit_code = :code, group_id = :group, title = :title,
                               division_code = :division, phone = :phone, email = :email, version = version + 1,
                               updated_at = :now
                         where id = :id and version = :version""")
                .param("name", expert.name()).param("employer", expert.employerName()).param("key", employerKey)
                .param("code", expert.employerCreditCode()).param("group", groupId).param("title", expert.title())
                .param("division", expert.divisionCode()).param("phone", cipher.encrypt(expert.phone()))
                .param("email", cipher.encrypt(expert.email())).param("now", at(now)).param("id", id).param("version", version)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from expert_mode where expert_id = :id").param("id", id).update();
        jdbc.sql("delete from expert_industry where expert_id = :id").param("id", id).update();
        fields(id, expert);
        return true;
    }

    /** Sets the status when it is not already that; false when it was. */
    boolean setActive(long id, boolean active, Instant now) {
        return jdbc.sql("""
                        update expert set active = :active, version = version + 1, updated_at = :now
                         where id = :id and active <> :active""")
                .param("active", active).param("now", at(now)).param("id", id).update() == 1;
    }

    boolean linkAccount(long id, long accountId, Instant now) {
        return jdbc.sql("""
                        update expert set account_id = :account, version = version + 1, updated_at = :now
                         where id = :id and account_id is null""")
                .param("account", accountId).param("now", at(now)).param("id", id).update() == 1;
    }

    Optional<Long> expertOfAccount(long accountId) {
        return jdbc.sql("select id from expert where account_id = :account").param("account", accountId)
                .query(Long.class).optional();
    }

    /** A contact value of a history record as it is stored: sealed. */
    String sealed(String value) {
        return cipher.encrypt(value);
    }

    void change(long expertId, ExpertChange.Kind kind, String reason, String recordJson, String actor, Instant now) {
        jdbc.sql("""
                        insert into expert_change (expert_id, change, reason, record, actor, occurred_at)
                        values (:expert, :change, :reason, cast(:record as jsonb), :actor, :now)""")
                .param("expert", expertId).param("change", kind.name()).param("reason", reason)
                .param("record", recordJson).param("actor", actor).param("now", at(now)).update();
    }

    List<ExpertChange> history(long expertId) {
        return jdbc.sql("""
                        select id, expert_id, change, reason, record::text, actor, occurred_at
                          from expert_change where expert_id = :expert order by id""")
                .param("expert", expertId)
                .query((rs, n) -> new ExpertChange(rs.getLong(1), rs.getLong(2),
                        ExpertChange.Kind.valueOf(rs.getString(3)), rs.getString(4), opened(rs.getString(5)),
                        rs.getString(6), instant(rs, "occurred_at")))
                .list();
    }

    /** A history record with its sealed contact values opened (JSON strings, quoted as JSON). */
    private String opened(String record) {
        Matcher m = SEALED_VALUE.matcher(record);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(quoted(cipher.decrypt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static String quoted(String value) {
        StringBuilder q = new StringBuilder("\"");
        value.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                q.append('\\').append((char) c);
            } else if (c < 0x20) {
                q.append(String.format("\\u%04x", c));
            } else {
                q.append((char) c);
            }
        });
        return q.append('"').toString();
    }

    /**
     * Seals the contact values of history records written in plain text (before V1220) or under another key than
     * the current key of {@code with}; a record is changed only in those fields and only if unchanged meanwhile.
     *
     * @return how many records were sealed (again)
     */
    int resealHistory(PersonalDataCipher with) {
        String current = PersonalDataCipher.PREFIX + ":" + with.currentKeyId() + ":%";
        int total = 0;
        long after = 0;
        while (true) {
            List<String[]> rows = jdbc.sql("""
                            select id, record ->> 'phone', record ->> 'email' from expert_change
                            where id > :after and ((record ->> 'phone' is not null and record ->> 'phone' not like :c)
                                or (record ->> 'email' is not null and record ->> 'email' not like :c))
                            order by id limit :batch""")
                    .param("after", after).param("c", current).param("batch", PersonalDataSealing.BATCH)
                    .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).list();
            if (rows.isEmpty()) {
                return total;
            }
            for (String[] row : rows) {
                after = Long.parseLong(row[0]);
                try {
                    total += jdbc.sql("""
                                    update expert_change set record = record
                                        || jsonb_build_object('phone', cast(:phone as text), 'email', cast(:email as text))
                                    where id = :id and record ->> 'phone' is not distinct from cast(:oldPhone as text)
                                      and record ->> 'email' is not distinct from cast(:oldEmail as text)""")
                            .param("phone", with.encrypt(PersonalDataSealing.open(with, row[1])))
                            .param("email", with.encrypt(PersonalDataSealing.open(with, row[2])))
                            .param("oldPhone", row[1]).param("oldEmail", row[2]).param("id", after).update();
                } catch (IllegalArgumentException e) {
                    LoggerFactory.getLogger(ExpertRepository.class).warn(
                            "The contact data of expert record {} cannot be opened with the configured keys: {}",
                            after, e.getMessage());
                }
            }
        }
    }

    private void fields(long id, NewExpert expert) {
        for (String mode : expert.modeCodes()) {
            jdbc.sql("insert into expert_mode (expert_id, mode_code) values (:id, :code)")
                    .param("id", id).param("code", mode).update();
        }
        for (String industry : expert.industryCodes()) {
            jdbc.sql("insert into expert_industry (expert_id, industry_code) values (:id, :code)")
                    .param("id", id).param("code", industry).update();
        }
    }

    ExpertDetails details(ResultSet rs, int n) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        Expert expert = new Expert(rs.getLong("id"), accountId, rs.getString("name"), rs.getString("employer_name"),
                rs.getString("employer_credit_code"), rs.getString("group_name"), rs.getString("title"),
                strings(rs.getArray("modes")), strings(rs.getArray("industries")), rs.getString("division_code"),
                rs.getBoolean("active"));
        return new ExpertDetails(expert, PersonalDataSealing.open(cipher, rs.getString("phone")),
                PersonalDataSealing.open(cipher, rs.getString("email")), rs.getLong("version"),
                rs.getString("account_username"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static Set<String> strings(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static <T> List<T> copy(Collection<T> items) {
        return new ArrayList<>(items);
    }
}
