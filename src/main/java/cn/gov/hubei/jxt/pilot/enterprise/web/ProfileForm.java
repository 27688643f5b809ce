package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileInput;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The profile page's fields, and nothing else (name and credit code are shown, not bound). Everything is text as
 * typed; {@code ProfileRules} checks and converts it, for the page and the API alike.
 */
record ProfileForm(String foundedOn, String nature, String address, String contactName, String contactTitle,
                   String contactPhone, String contactMobile, String contactFax, String contactEmail,
                   String totalAssets, String debtRatio, String creditRating, String lastYearSales, String lastYearTax,
                   String lastYearProfit, String integrationManagementPilot, String smartManufacturingProject,
                   String smartManufacturingProjectName, String introduction, Integer version) {

    static final Set<String> FIELDS = Set.of("foundedOn", "nature", "address", "contactName", "contactTitle",
            "contactPhone", "contactMobile", "contactFax", "contactEmail", "totalAssets", "debtRatio", "creditRating",
            "lastYearSales", "lastYearTax", "lastYearProfit", "integrationManagementPilot",
            "smartManufacturingProject", "smartManufacturingProjectName", "introduction");

    static ProfileForm of(EnterpriseProfile p) {
        return new ProfileForm(text(p.foundedOn()), p.nature() == null ? null : p.nature().name(), p.address(),
                p.contactName(), p.contactTitle(), p.contactPhone(), p.contactMobile(), p.contactFax(),
                p.contactEmail(), text(p.totalAssets()), text(p.debtRatio()), p.creditRating(),
                text(p.lastYearSales()), text(p.lastYearTax()), text(p.lastYearProfit()),
                text(p.integrationManagementPilot()), text(p.smartManufacturingProject()),
                p.smartManufacturingProjectName(), p.introduction(), p.version());
    }

    /** A first profile starts from the contact person given at registration, so nobody types it twice. */
    ProfileForm withContact(String name, String mobile, String email) {
        return new ProfileForm(foundedOn, nature, address, name, contactTitle, contactPhone, mobile, contactFax, email,
                totalAssets, debtRatio, creditRating, lastYearSales, lastYearTax, lastYearProfit,
                integrationManagementPilot, smartManufacturingProject, smartManufacturingProjectName, introduction,
                version);
    }

    ProfileForm withVersion(int newVersion) {
        return new ProfileForm(foundedOn, nature, address, contactName, contactTitle, contactPhone, contactMobile,
                contactFax, contactEmail, totalAssets, debtRatio, creditRating, lastYearSales, lastYearTax,
                lastYearProfit, integrationManagementPilot, smartManufacturingProject, smartManufacturingProjectName,
                introduction, newVersion);
    }

    ProfileInput toInput() {
        return new ProfileInput(foundedOn, nature, address, contactName, contactTitle, contactPhone, contactMobile,
                contactFax, contactEmail, totalAssets, debtRatio, creditRating, lastYearSales, lastYearTax,
                lastYearProfit, integrationManagementPilot, smartManufacturingProject, smartManufacturingProjectName,
                introduction);
    }

    /** What the person typed into a field, by its property name, for comparison with the saved version. */
    String value(String property) {
        return switch (property) {
            case "foundedOn" -> foundedOn;
            case "nature" -> nature;
            case "address" -> address;
            case "contactName" -> contactName;
            case "contactTitle" -> contactTitle;
            case "contactPhone" -> contactPhone;
            case "contactMobile" -> contactMobile;
            case "contactFax" -> contactFax;
            case "contactEmail" -> contactEmail;
            case "totalAssets" -> totalAssets;
            case "debtRatio" -> debtRatio;
            case "creditRating" -> creditRating;
            case "lastYearSales" -> lastYearSales;
            case "lastYearTax" -> lastYearTax;
            case "lastYearProfit" -> lastYearProfit;
            case "integrationManagementPilot" -> integrationManagementPilot;
            case "smartManufacturingProject" -> smartManufacturingProject;
            case "smartManufacturingProjectName" -> smartManufacturingProjectName;
            case "introduction" -> introduction;
            default -> throw new IllegalArgumentException(property);
        };
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
