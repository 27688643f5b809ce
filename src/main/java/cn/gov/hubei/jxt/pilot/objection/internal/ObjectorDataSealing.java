package cn.gov.hubei.jxt.pilot.objection.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealing;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealingStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-seals objectors' data and the cases' notes with the current key after a rotation, at every start (docs/security.md
 * §14). They were sealed from the first write (check constraints refuse plain text), so only rotation leaves work;
 * the e-mail digest stays, the digest key does not rotate.
 */
@Component
public class ObjectorDataSealing extends PersonalDataSealingStep {

    static final PersonalDataSealing CASES = PersonalDataSealing.of("objection_case", "id", "name_enc",
            "id_number_enc", "organisation_enc", "telephone_enc", "email_enc", "facts_enc");
    static final PersonalDataSealing STEPS = PersonalDataSealing.of("objection_step", "id", "text_enc");

    private final AuditTrail audit;

    ObjectorDataSealing(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate tx, AuditTrail audit) {
        super(jdbc, cipher, tx);
        this.audit = audit;
    }

    @Override
    public int reseal(PersonalDataCipher with) {
        return sealed(with, 0, rows -> audit.record(AuditRecord.of("objection.objector-data-resealed")
                .actor("system", null).detail("rows", rows).detail("keyId", with.currentKeyId()).build()),
                CASES, STEPS);
    }
}
