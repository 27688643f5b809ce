package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;

import java.util.function.Function;

/**
 * The fields of 附件3 一(一) an enterprise fills in, in the order of the form: their property name (as in the form, the
 * API and {@link EnterpriseProfile}), their label, and how to read them from a saved profile.
 */
public enum ProfileField {
    FOUNDED_ON("foundedOn", EnterpriseProfile::foundedOn),
    NATURE("nature", EnterpriseProfile::nature),
    ADDRESS("address", EnterpriseProfile::address),
    CONTACT_NAME("contactName", EnterpriseProfile::contactName),
    CONTACT_TITLE("contactTitle", EnterpriseProfile::contactTitle),
    CONTACT_PHONE("contactPhone", EnterpriseProfile::contactPhone),
    CONTACT_MOBILE("contactMobile", EnterpriseProfile::contactMobile),
    CONTACT_FAX("contactFax", EnterpriseProfile::contactFax),
    CONTACT_EMAIL("contactEmail", EnterpriseProfile::contactEmail),
    TOTAL_ASSETS("totalAssets", EnterpriseProfile::totalAssets),
    DEBT_RATIO("debtRatio", EnterpriseProfile::debtRatio),
    CREDIT_RATING("creditRating", EnterpriseProfile::creditRating),
    LAST_YEAR_SALES("lastYearSales", EnterpriseProfile::lastYearSales),
    LAST_YEAR_TAX("lastYearTax", EnterpriseProfile::lastYearTax),
    LAST_YEAR_PROFIT("lastYearProfit", EnterpriseProfile::lastYearProfit),
    INTEGRATION_MANAGEMENT_PILOT("integrationManagementPilot", EnterpriseProfile::integrationManagementPilot),
    SMART_MANUFACTURING_PROJECT("smartManufacturingProject", EnterpriseProfile::smartManufacturingProject),
    SMART_MANUFACTURING_PROJECT_NAME("smartManufacturingProjectName",
            EnterpriseProfile::smartManufacturingProjectName),
    INTRODUCTION("introduction", EnterpriseProfile::introduction);

    private final String property;
    private final Function<EnterpriseProfile, Object> reader;

    ProfileField(String property, Function<EnterpriseProfile, Object> reader) {
        this.property = property;
        this.reader = reader;
    }

    public String property() {
        return property;
    }

    public String labelKey() {
        return "enterprise.profile.field." + property;
    }

    public Object of(EnterpriseProfile profile) {
        return reader.apply(profile);
    }
}
