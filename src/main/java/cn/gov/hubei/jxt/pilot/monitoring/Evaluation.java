package cn.gov.hubei.jxt.pilot.monitoring;

/**
 * An officer's or recommender's decision on a report: the text ({@code comment}, the reason of a return or removal,
 * what to fix), and for 限期整改 the deadline (yyyy-MM-dd, a working day after today).
 */
public record Evaluation(String text, String deadline) {
}
