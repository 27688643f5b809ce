package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.StaleDecisionException;

/** What a person reads when the decision posted was already taken (a double click) or overtaken meanwhile. */
final class StaleMessage {

    private StaleMessage() {
    }

    static String of(StaleDecisionException e, Integer reviewedVersionNo, IntakeTexts texts) {
        FormalReview latest = e.latest().orElse(null);
        if (latest != null && reviewedVersionNo != null && latest.versionNo() == reviewedVersionNo) {
            return texts.text("intake.decide.already-decided", latest.versionNo(),
                    texts.text(latest.outcome().labelKey()), latest.officer(), texts.time(latest.decidedAt()));
        }
        return texts.text("intake.decide.stale", texts.text("application.status." + e.currentStatus().name()),
                e.currentVersionNo());
    }
}
