package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Retention of registrations that never became accounts (docs/security.md, "Retention"): a registration whose e-mail
 * address was not confirmed within {@code app.retention.unconfirmed-registration} (default 30 days), and a rejected
 * one {@code app.retention.rejected-registration} (default 180 days) after its decision, loses its contact person's
 * name, mobile number and e-mail address (registration row and account); the credit code, enterprise name, status
 * and dates stay as the record; the placeholders are sealed like any contact data. Every node may run it: each row once (conditional update), audited in its transaction.
 */
@Component
public class RegistrationRetention {

    private final JdbcClient jdbc;
    private final UserAdministration users;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration unconfirmed;
    private final Duration rejected;
    private final PersonalDataCipher cipher;

    RegistrationRetention(JdbcClient jdbc, UserAdministration users, AuditTrail audit, TransactionTemplate tx,
                          Clock clock, PersonalDataCipher cipher,
                          @Value("${app.retention.unconfirmed-registration:P30D}") Duration unconfirmed,
                          @Value("${app.retention.rejected-registration:P180D}") Duration rejected) {
        this.jdbc = jdbc;
        this.users = users;
        this.cipher = cipher;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.unconfirmed = unconfirmed;
        this.rejected = rejected;
    }

    @Scheduled(cron = "${app.retention.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    public void anonymiseOnSchedule() {
        anonymise();
    }

    /** Anonymises every registration past its period; returns how many. */
    public int anonymise() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int total = 0;
        while (true) {
            List<long[]> rows = jdbc.sql("""
                            select id, user_id, enterprise_id from enterprise_registration
                            where anonymised_at is null
                              and ((email_confirmed_at is null and status <> 'REJECTED' and submitted_at < :unconfirmed)
                                or (status = 'REJECTED' and decided_at < :rejected))
                            order by id limit 200""")
                    .param("unconfirmed", now.minus(unconfirmed)).param("rejected", now.minus(rejected))
                    .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
            if (rows.isEmpty()) {
                return total;
            }
            for (long[] row : rows) {
                Integer done = tx.execute(status -> {
                    int n = jdbc.sql("""
                                    update enterprise_registration set contact_name = :name, mobile = :mobile,
                                        email = :email, email_digest = null, anonymised_at = :now
                                    where id = :id and anonymised_at is null""")
                            .param("name", cipher.encrypt("已清除")).param("mobile", cipher.encrypt("00000000000"))
                            .param("email", cipher.encrypt("anonymised-" + row[0] + "@invalid")).param("now", now)
                            .param("id", row[0]).update();
                    if (n == 1) {
                        users.eraseContactData(row[1], "registration-retention");
                        audit.record(AuditRecord.of("enterprise.registration-anonymised")
                                .target("enterprise", row[2]).actor("system", null)
                                .detail("registrationId", row[0]).build());
                    }
                    return n;
                });
                total += done == null ? 0 : done;
            }
        }
    }
}
