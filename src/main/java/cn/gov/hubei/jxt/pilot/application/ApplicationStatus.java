package cn.gov.hubei.jxt.pilot.application;

/**
 * Where an application stands. The moves between these statuses are listed in {@link ApplicationTransition} and
 * nowhere else. Filing (草稿 → 已提交), recommendation by the division's 经信局 (已推荐 / 不予推荐 / 退回修改) and the
 * province's formal review (形式审查: 通过 / 待补正 → 已补正 / 未通过) each add their statuses here.
 *
 * <p>Every status states its properties (who holds the pen, how far the application has got, how its course in the
 * call stands); the named groups in {@link ApplicationStatusGroup} are computed from them, so a status added later
 * must say what it is and falls into the right groups by that.
 */
public enum ApplicationStatus {
    /** 草稿: being written by the enterprise, never submitted. */
    DRAFT(Pen.ENTERPRISE, Reach.NEVER_SUBMITTED, Course.OPEN),
    /** 已提交: frozen as a numbered version and with the division's recommender. */
    SUBMITTED(Pen.LOCKED, Reach.DIVISION, Course.OPEN),
    /** 已撤回: withdrawn by the enterprise before recommendation; it takes no further part in the call. */
    WITHDRAWN(Pen.LOCKED, Reach.DIVISION, Course.WITHDRAWN),
    /** 已退回修改: returned by the recommender for revision; editable again, the next submission is version n+1. */
    RETURNED(Pen.ENTERPRISE, Reach.DIVISION, Course.OPEN),
    /** 已推荐: the recommender recommends it to the province; it is on the division's ranked list. */
    RECOMMENDED(Pen.LOCKED, Reach.PROVINCE, Course.OPEN),
    /** 不予推荐: the recommender does not recommend it (with the reason). */
    NOT_RECOMMENDED(Pen.LOCKED, Reach.DIVISION, Course.OPEN),
    /** 待补正: the province's formal review asks the enterprise to correct it by a deadline; editable again. */
    CORRECTION_REQUESTED(Pen.ENTERPRISE, Reach.PROVINCE, Course.OPEN),
    /** 已补正: corrected and submitted again as version n+1; waits for the province's formal review again. */
    CORRECTED(Pen.LOCKED, Reach.PROVINCE, Course.OPEN),
    /**
     * 形式审查通过: passed the formal review; goes on to site visits and the expert review. The milestone the
     * provincial review starts from: handed over to that stage.
     */
    FORMAL_PASSED(Pen.LOCKED, Reach.PROVINCE, Course.HANDED_OVER),
    /** 形式审查未通过: failed the formal review (with reason code and text); takes no further part in the call. */
    FORMAL_FAILED(Pen.LOCKED, Reach.PROVINCE, Course.ENDED);

    /** Who holds the pen: whether the enterprise may change the sections and the files. */
    public enum Pen {
        /** The enterprise edits the working draft. */
        ENTERPRISE,
        /** Nobody edits it: the last frozen version is what the others read. */
        LOCKED
    }

    /**
     * How far the application has got in this status: whose desk it has come to. A returned application still
     * belongs to its division's desk, one asked for a correction to the province's, while the enterprise edits it.
     */
    public enum Reach {
        /** Never submitted: the enterprise's own work, no one else sees it. */
        NEVER_SUBMITTED,
        /** Submitted to the division's recommender (推荐单位). */
        DIVISION,
        /** Sent on to the province (the programme office). */
        PROVINCE
    }

    /** How the application's course in the call stands. */
    public enum Course {
        /** Still moving in this call's filing, recommendation or formal review. */
        OPEN,
        /** Withdrawn by the enterprise: nothing changes any more, and it no longer counts in the call. */
        WITHDRAWN,
        /** Refused for good: nothing changes any more in this call. */
        ENDED,
        /** Done here and handed over to the next stage, which starts from this milestone. */
        HANDED_OVER
    }

    private final Pen pen;
    private final Reach reach;
    private final Course course;

    ApplicationStatus(Pen pen, Reach reach, Course course) {
        this.pen = pen;
        this.reach = reach;
        this.course = course;
    }

    public Pen pen() {
        return pen;
    }

    public Reach reach() {
        return reach;
    }

    public Course course() {
        return course;
    }

    /** The enterprise may change the sections and the files. */
    public boolean enterpriseEdits() {
        return pen == Pen.ENTERPRISE;
    }

    /** Submitted at least once (it came to the division, and perhaps further). */
    public boolean everSubmitted() {
        return reach != Reach.NEVER_SUBMITTED;
    }

    public boolean isWithdrawn() {
        return course == Course.WITHDRAWN;
    }

    /** Nothing changes any more in this call: withdrawn or refused for good. */
    public boolean isTerminal() {
        return course == Course.WITHDRAWN || course == Course.ENDED;
    }

    /** A milestone a later stage starts from: this workflow leaves it, another one takes it on. */
    public boolean isHandedOver() {
        return course == Course.HANDED_OVER;
    }
}
