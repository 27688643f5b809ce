package cn.gov.hubei.jxt.pilot.designation;

/** The office revoked a designation (剔除); published inside that transaction, once (a repeated revocation is silent). */
public record DesignationRevoked(long designationId, long applicationId) {
}
