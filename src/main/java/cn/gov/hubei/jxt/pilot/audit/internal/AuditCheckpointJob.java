package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoints;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs a checkpoint of the audit chain every hour ({@code app.audit.checkpoint-cron}). Every node runs it; the
 * period's unique key keeps one checkpoint per hour.
 */
@Component
class AuditCheckpointJob {

    private final AuditCheckpoints checkpoints;

    AuditCheckpointJob(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(cron = "${app.audit.checkpoint-cron:0 7 * * * *}", zone = "UTC")
    void signCheckpoint() {
        checkpoints.signScheduled();
    }
}
