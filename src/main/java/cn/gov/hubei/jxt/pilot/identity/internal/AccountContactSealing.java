package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;

/**
 * Seals accounts' e-mail addresses and mobile numbers at rest, at every start (idempotent, every node may run it):
 * rows still in plain text (written before V1151) are sealed with the current key and get their digests, and rows
 * sealed with an older key are sealed again with the current one (key rotation, docs/security.md). In batches, each
 * row updated only if nobody changed it meanwhile; values sealed with a key that is not configured are left alone
 * (and logged), so a node started without the new key never destroys anything.
 */
@Component
public class AccountContactSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountContactSealing.class);
    static final int BATCH = 500;

    private record Row(long id, String email, String mobile) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    AccountContactSealing(JdbcClient jdbc, PersonalDataCipher cipher, AuditTrail audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = reseal(cipher);
        if (sealed > 0) {
            log.info("Sealed the contact data of {} accounts with the key {}", sealed, cipher.currentKeyId());
        }
    }

    /**
     * Seals every account's contact data that is in plain text or under another key than the current key of
     * {@code with}, batch by batch; audits the run once ({@code identity.contact-data-sealed}) when it changed rows.
     *
     * @return how many accounts were sealed (again)
     */
    public int reseal(PersonalDataCipher with) {
        String current = PersonalDataCipher.PREFIX + ":" + with.currentKeyId() + ":%";
        int total = 0;
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.sql("""
                            select id, email, mobile from user_account
                            where id > :after
                              and ((email is not null and email not like :current)
                                or (mobile is not null and mobile not like :current))
                            order by id limit :batch""")
                    .param("after", after).param("current", current).param("batch", BATCH)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
            if (rows.isEmpty()) {
                break;
            }
            int batch = 0;
            for (Row row : rows) {
                after = row.id();
                try {
                    String email = open(with, row.email());
                    String mobile = open(with, row.mobile());
                    batch += jdbc.sql("""
                                    update user_account set email = :email, mobile = :mobile,
                                        email_digest = :emailDigest, mobile_digest = :mobileDigest
                                    where id = :id and email is not distinct from :oldEmail
                                      and mobile is not distinct from :oldMobile""")
                            .param("email", with.encrypt(email)).param("mobile", with.encrypt(mobile))
                            .param("emailDigest", email == null || email.isBlank() ? null
                                    : with.digest("email:" + email.strip().toLowerCase(Locale.ROOT)))
                            .param("mobileDigest", mobileDigest(with, mobile))
                            .param("id", row.id()).param("oldEmail", row.email()).param("oldMobile", row.mobile())
                            .update();
                } catch (IllegalArgumentException e) {
                    log.warn("The contact data of account {} cannot be opened with the configured keys: {}",
                            row.id(), e.getMessage());
                }
            }
            total += batch;
        }
        if (total > 0) {
            int count = total;
            tx.executeWithoutResult(status -> audit.record(AuditRecord.of("identity.contact-data-sealed")
                    .actor("system", null).detail("accounts", count).detail("keyId", with.currentKeyId()).build()));
        }
        return total;
    }

    private static String open(PersonalDataCipher with, String stored) {
        return stored == null || !stored.startsWith(PersonalDataCipher.PREFIX + ":") ? stored : with.decrypt(stored);
    }

    private static String mobileDigest(PersonalDataCipher with, String mobile) {
        String digits = mobile == null ? "" : mobile.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : with.digest("mobile:" + digits);
    }
}
