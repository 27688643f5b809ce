package cn.gov.hubei.jxt.pilot.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the programme. The three administrator roles (三员分立) are kept apart from each other and from every
 * business role, and see no business data.
 */
public enum Role {
    /** 申报单位: staff of one enterprise. */
    APPLICANT(Scope.ENTERPRISE, false),
    /** 推荐单位: a city or prefecture 经信局, bound to one division. */
    RECOMMENDER(Scope.DIVISION, false),
    /** 省经信厅装备工业处: the provincial programme office. */
    OFFICER(Scope.NONE, false),
    /** 专家: a member of the expert pool. */
    EXPERT(Scope.NONE, false),
    /** 系统管理员: accounts, reference data, configuration. */
    SYSTEM_ADMIN(Scope.NONE, true),
    /** 安全管理员: roles and the password and lockout policy. */
    SECURITY_ADMIN(Scope.NONE, true),
    /** 安全审计员: reads the audit trail, nothing else. */
    AUDIT_ADMIN(Scope.NONE, true);

    /** What a role is bound to. */
    public enum Scope { NONE, ENTERPRISE, DIVISION }

    private final Scope scope;
    private final boolean administrator;

    Role(Scope scope, boolean administrator) {
        this.scope = scope;
        this.administrator = administrator;
    }

    public Scope scope() {
        return scope;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> administrators() {
        return EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);
    }

    public static Set<Role> businessRoles() {
        return EnumSet.complementOf(EnumSet.copyOf(administrators()));
    }
}
