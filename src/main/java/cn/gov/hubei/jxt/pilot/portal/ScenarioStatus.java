package cn.gov.hubei.jxt.pilot.portal;

/**
 * Where a typical scenario (典型场景) stands on its way to the public library. The moves between these statuses are
 * listed in {@link ScenarioTransition}, and nowhere else. Only {@link #PUBLISHED} is public.
 */
public enum ScenarioStatus {
    /** 候选: from an application that passed formal review (or a designated project); neither consented nor decided. */
    CANDIDATE,
    /** 企业已同意: the enterprise consents to publication; awaits the office's approval. */
    CONSENTED,
    /** 已发布: consented and approved; in the public library. */
    PUBLISHED,
    /** 企业已撤回同意: the enterprise withdrew its consent; off the library at once. It may consent again. */
    WITHDRAWN,
    /** 不予发布: the office does not publish it (with the reason); it may reopen it as a candidate. */
    REJECTED;

    /** The message key of the status's name. */
    public String labelKey() {
        return "portal.scenario.status." + name();
    }

    /** Whether the public sees it. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
