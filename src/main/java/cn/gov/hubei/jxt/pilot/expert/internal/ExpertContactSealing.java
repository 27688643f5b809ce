package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealingStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals experts' telephone numbers and e-mail addresses at every start (idempotent, every node may run it), in the
 * pool and in its history records: values written in plain text before V1220 and values under an older key after a
 * rotation (docs/security.md §14).
 */
@Component
public class ExpertContactSealing extends PersonalDataSealingStep {

    private final ExpertRepository repository;
    private final AuditTrail audit;

    ExpertContactSealing(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate tx,
                         ExpertRepository repository, AuditTrail audit) {
        super(jdbc, cipher, tx);
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public int reseal(PersonalDataCipher with) {
        return sealed(with, repository.resealHistory(with), rows -> audit.record(
                AuditRecord.of("expert.contact-data-sealed").actor("system", null).detail("rows", rows)
                        .detail("keyId", with.currentKeyId()).build()), ExpertRepository.SEALED);
    }
}
