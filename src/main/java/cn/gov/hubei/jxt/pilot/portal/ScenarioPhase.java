package cn.gov.hubei.jxt.pilot.portal;

/**
 * How far the scenario's project has got, the phase the permissions read: consent and approval need a project that
 * passed formal review ({@link #FORMAL_PASSED}) or was designated ({@link #DESIGNATED}); a revoked designation or an
 * application no longer passed ({@link #INELIGIBLE}) allows only withdrawing and rejecting.
 */
public enum ScenarioPhase {
    FORMAL_PASSED, DESIGNATED, INELIGIBLE;

    public boolean allowsPublication() {
        return this != INELIGIBLE;
    }

    public String labelKey() {
        return "portal.phase." + name();
    }
}
