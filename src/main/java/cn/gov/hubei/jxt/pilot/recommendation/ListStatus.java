package cn.gov.hubei.jxt.pilot.recommendation;

/** Where a division's recommendation list of a call stands. */
public enum ListStatus {
    /** 推荐中: the recommender checks, decides and ranks; nothing has gone to the province (or it was reopened). */
    OPEN,
    /** 已报送: submitted to the province with the stamped summary table; read-only for the recommender. */
    SUBMITTED
}
