package cn.gov.hubei.jxt.pilot.recommendation.internal;

/** What the recommender entered for one condition: the verdict's code and the note, as typed. */
public record PrecheckInput(int condition, String verdict, String note) {
}
