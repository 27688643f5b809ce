package cn.gov.hubei.jxt.pilot.objection.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Retention of the objectors' data (docs/security.md, "Retention"): {@code app.retention.objector-data-months}
 * (default 36) after a case was concluded, the objector's name, document number, organisation, telephone and e-mail
 * address are overwritten with a sealed 「已匿名」 and the e-mail digest with zeros; the receipt number, status, dates,
 * facts and steps stay as the record of the case. Every node may run it: each row is anonymised once (conditional
 * update), and audited ({@code objection.objector-data-anonymised}) in the same transaction.
 */
@Component
public class ObjectorDataRetention {

    static final String ANONYMISED = "已匿名";
    static final String NO_DIGEST = "0".repeat(64);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int months;

    ObjectorDataRetention(JdbcClient jdbc, PersonalDataCipher cipher, AuditTrail audit, TransactionTemplate tx,
                          Clock clock, @Value("${app.retention.objector-data-months:36}") int months) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.months = months;
    }

    @Scheduled(cron = "${app.retention.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    public void anonymiseOnSchedule() {
        anonymise();
    }

    /** Anonymises every case concluded more than the retention period ago; returns how many. */
    public int anonymise() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime cutoff = ZonedDateTime.now(clock).minusMonths(months).toOffsetDateTime();
        int total = 0;
        while (true) {
            List<Long> ids = jdbc.sql("""
                            select id from objection_case
                            where concluded_at < :cutoff and anonymised_at is null order by id limit 200""")
                    .param("cutoff", cutoff).query(Long.class).list();
            if (ids.isEmpty()) {
                return total;
            }
            for (long id : ids) {
                Integer done = tx.execute(status -> {
                    int n = jdbc.sql("""
                                    update objection_case set name_enc = :x, id_number_enc = :x, telephone_enc = :x,
                                        email_enc = :x, email_digest = :zeros,
                                        organisation_enc = case when organisation_enc is null then null else :x end,
                                        anonymised_at = :now
                                    where id = :id and anonymised_at is null""")
                            .param("x", cipher.encrypt(ANONYMISED)).param("zeros", NO_DIGEST).param("now", now)
                            .param("id", id).update();
                    if (n == 1) {
                        audit.record(AuditRecord.of("objection.objector-data-anonymised")
                                .target("objection_case", id).actor("system", null)
                                .detail("retentionMonths", months).build());
                    }
                    return n;
                });
                total += done == null ? 0 : done;
            }
        }
    }
}
