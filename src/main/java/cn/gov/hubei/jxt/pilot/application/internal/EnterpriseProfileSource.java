package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import org.springframework.stereotype.Component;

/**
 * The enterprise profile (附件3 一(一)) that a submission copies, and that a draft preview of the 申报书 prints:
 * the enterprise module's current profile, every field (a profile never saved carries the registered name, credit
 * code and division only).
 */
@Component
class EnterpriseProfileSource {

    private final Enterprises enterprises;

    EnterpriseProfileSource(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    EnterpriseProfile profileOf(long enterpriseId) {
        return enterprises.profile(enterpriseId)
                .orElseThrow(() -> new IllegalStateException("no enterprise " + enterpriseId));
    }
}
