package cn.gov.hubei.jxt.pilot.application.internal;

/**
 * The 申报编号: {@code {call year}-{division code}-{sequence}}, e.g. {@code 2026-420100-0001}, the sequence counting
 * the applications of one division in the call's year from 1 (four digits at least). With one call a year (年度遴选)
 * that is the count within the call and division; a second call of the same year continues the count, so a number
 * is never given twice. It is taken when the application is
 * created, not when it is first submitted: the enterprise, the recommender and the province then quote the same
 * number from the first day, drafts included, and it never changes. A withdrawn or abandoned application keeps its
 * number; the next one takes a new one (the counter never goes back).
 */
final class ApplicationNumbers {

    private ApplicationNumbers() {
    }

    static String format(int callYear, String divisionCode, int sequence) {
        return String.format("%d-%s-%04d", callYear, divisionCode, sequence);
    }
}
