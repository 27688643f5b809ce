package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import org.springframework.stereotype.Component;

/** The enterprise profile (附件3 一(一)) as it stands now, which a submission copies into its frozen version. */
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
