package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/** Assignments of people to applications: guard → conditional write → audit entry, in one transaction. */
@Service
class ApplicationAssignmentService implements ApplicationAssignments {

    private final ApplicationAssignmentRepository assignments;
    private final ApplicationRepository applications;
    private final UserAdministration accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    ApplicationAssignmentService(ApplicationAssignmentRepository assignments, ApplicationRepository applications,
                                 UserAdministration accounts, AuditTrail audit, Clock clock, TransactionTemplate tx) {
        this.assignments = assignments;
        this.applications = applications;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public boolean assign(long applicationId, long accountId, String actor) {
        ApplicationSummary application = applications.find(applicationId, ApplicationScope.ALL)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        if (application.lastVersionNo() == 0) {
            throw new ApplicationActionRefusedException("application.assign.never-submitted", application.number());
        }
        if (accounts.find(accountId).isEmpty()) {
            throw new ApplicationActionRefusedException("application.assign.no-account", String.valueOf(accountId));
        }
        return Boolean.TRUE.equals(tx.execute(status -> {
            boolean added = assignments.insert(applicationId, accountId, actor, clock.instant());
            if (added) {
                audit.record(AuditRecord.of("application.assign").target("application", applicationId)
                        .actor(actor, null).detail("accountId", accountId).build());
            }
            return added;
        }));
    }

    @Override
    public boolean unassign(long applicationId, long accountId, String actor) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            boolean removed = assignments.delete(applicationId, accountId);
            if (removed) {
                audit.record(AuditRecord.of("application.unassign").target("application", applicationId)
                        .actor(actor, null).detail("accountId", accountId).build());
            }
            return removed;
        }));
    }

    @Override
    public List<Assignment> assignees(long applicationId) {
        return assignments.assignees(applicationId);
    }

    @Override
    public boolean isAssigned(long applicationId, long accountId) {
        return assignments.isAssigned(applicationId, accountId);
    }
}
