package cn.gov.hubei.jxt.pilot.sitevisit;

/** The team's conclusion of a site visit (核查结论). */
public enum SiteVisitConclusion {
    /** 核查通过: what the application states was found as stated. */
    CONFIRMED,
    /** 基本通过: found essentially as stated, with remarks. */
    CONFIRMED_WITH_REMARKS,
    /** 核查不通过: what the application states was not found. */
    NOT_CONFIRMED
}
