package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period of 5 working days on the bundled calendar of 2026: 中秋 25–27 September, 国庆 1–7 October, the make-up
 * working days Sunday 20 September and Saturday 10 October.
 */
@IntegrationTest
class NoticePeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Autowired NoticePeriod period;

    LocalDate end(LocalDate start) {
        NoticePeriod.Result result = period.of(start, TODAY, false);
        assertThat(result.problem()).as(start.toString()).isEmpty();
        return result.end().orElseThrow();
    }

    FieldProblem problem(LocalDate start) {
        return period.of(start, TODAY, false).problem().orElseThrow();
    }

    @Test
    void anOrdinaryWeekRunsFromMondayToFriday() {
        assertThat(end(LocalDate.of(2026, 9, 7))).isEqualTo(LocalDate.of(2026, 9, 11));
        // Thursday: the weekend is skipped
        assertThat(end(LocalDate.of(2026, 9, 3))).isEqualTo(LocalDate.of(2026, 9, 9));
    }

    @Test
    void aMakeUpSundayInsideCounts() {
        // 16, 17, 18 (Sat 19 off), Sun 20 make-up working day, Mon 21
        assertThat(end(LocalDate.of(2026, 9, 16))).isEqualTo(LocalDate.of(2026, 9, 21));
    }

    @Test
    void aStartBeforeTheMidAutumnFestivalAndNationalDaySkipsThem() {
        // Thu 24, (中秋 25–27 off) Mon 28, Tue 29, Wed 30, (国庆 1–7 off) Thu 8 October
        assertThat(end(LocalDate.of(2026, 9, 24))).isEqualTo(LocalDate.of(2026, 10, 8));
        // Wed 30 September, (1–7 off) Thu 8, Fri 9, Sat 10 (make-up), (Sun 11) Mon 12
        assertThat(end(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aMakeUpSaturdayMayBeDayOne() {
        assertThat(end(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void aStartOnAHolidayOrAWeekendIsRefusedBesideTheField() {
        FieldProblem holiday = problem(LocalDate.of(2026, 10, 1));
        assertThat(holiday.field()).isEqualTo("startDate");
        assertThat(holiday.code()).isEqualTo("publicity.start.holiday");
        assertThat(holiday.arguments()).containsExactly("2026-10-01", "国庆节");
        FieldProblem saturday = problem(LocalDate.of(2026, 9, 5));
        assertThat(saturday.code()).isEqualTo("publicity.start.not-working-day");
    }

    @Test
    void aPeriodRunningIntoAYearTheCalendarLacksIsRefused() {
        // Mon 28, 29, 30, 31 December 2026, then 2027 is not loaded
        FieldProblem missing = problem(LocalDate.of(2026, 12, 28));
        assertThat(missing.code()).isEqualTo("publicity.start.calendar-missing");
        assertThat(missing.arguments()).containsExactly("2027");
        assertThat(problem(LocalDate.of(2027, 3, 1)).arguments()).containsExactly("2027");
    }

    @Test
    void aStartInThePastIsRefusedExceptForAPublicationAlreadyUnderWay() {
        FieldProblem past = problem(LocalDate.of(2026, 8, 31));
        assertThat(past.code()).isEqualTo("publicity.start.past");
        assertThat(period.of(LocalDate.of(2026, 8, 31), TODAY, true).end()).contains(LocalDate.of(2026, 9, 4));
        assertThat(period.of(LocalDate.of(2026, 9, 2), TODAY, true).problem().orElseThrow().code())
                .isEqualTo("publicity.start.future");
    }
}
