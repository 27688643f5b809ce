package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import org.springframework.stereotype.Component;

/**
 * The enterprise profile (附件3 一(一)) that a submission copies. The enterprise module's profile API
 * ({@code Enterprises#profile}) is being built beside this module; until it is present this copies what the
 * enterprise module already knows for certain (name, 统一社会信用代码, division). Only this class changes when it lands.
 */
@Component
class EnterpriseProfileSource {

    private final Enterprises enterprises;

    EnterpriseProfileSource(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    EnterpriseProfile profileOf(long enterpriseId) {
        Enterprise e = enterprises.find(enterpriseId)
                .orElseThrow(() -> new IllegalStateException("no enterprise " + enterpriseId));
        return new EnterpriseProfile(e.id(), e.name(), e.creditCode(), e.divisionCode(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0);
    }
}
