package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealingStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seals the names of the people met on site at every start (docs/security.md §14). */
@Component
public class AttendeeSealing extends PersonalDataSealingStep {

    private final AuditTrail audit;

    AttendeeSealing(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate tx, AuditTrail audit) {
        super(jdbc, cipher, tx);
        this.audit = audit;
    }

    @Override
    public int reseal(PersonalDataCipher with) {
        return sealed(with, 0, rows -> audit.record(AuditRecord.of("sitevisit.attendees-sealed")
                .actor("system", null).detail("rows", rows).detail("keyId", with.currentKeyId()).build()),
                SiteVisitRepository.SEALED);
    }
}
