package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealingStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the registrants' and the enterprise profiles' contact data at every start (idempotent, every node may run
 * it): rows written in plain text before V1220 and rows under an older key after a rotation (docs/security.md §14).
 */
@Component
public class EnterpriseContactSealing extends PersonalDataSealingStep {

    private final AuditTrail audit;

    EnterpriseContactSealing(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate tx, AuditTrail audit) {
        super(jdbc, cipher, tx);
        this.audit = audit;
    }

    @Override
    public int reseal(PersonalDataCipher with) {
        return sealed(with, 0, rows -> audit.record(AuditRecord.of("enterprise.contact-data-sealed")
                .actor("system", null).detail("rows", rows).detail("keyId", with.currentKeyId()).build()),
                RegistrationStore.SEALED, ProfileStore.SEALED);
    }
}
