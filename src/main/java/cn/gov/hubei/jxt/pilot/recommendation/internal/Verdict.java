package cn.gov.hubei.jxt.pilot.recommendation.internal;

/** The recommender's verdict on one recommendation condition (labels: {@code recommendation.verdict.<NAME>}). */
public enum Verdict {
    /** 符合 */
    MET,
    /** 不符合: the application cannot be recommended while one condition has this verdict */
    NOT_MET,
    /** 待核实: to be verified (e.g. on site); does not stop a recommendation, the note says what is open */
    TO_VERIFY;

    public String labelKey() {
        return "recommendation.verdict." + name();
    }

    public static Verdict of(String code) {
        for (Verdict v : values()) {
            if (v.name().equals(code)) {
                return v;
            }
        }
        return null;
    }
}
