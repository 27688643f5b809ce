package cn.gov.hubei.jxt.pilot.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The working-day rules on the State Council arrangements bundled with the product (2019–2026). */
@CalendarIntegrationTest
class WorkingDaysTest {

    static final String NOT_LOADED_2027 = "2027年的法定节假日安排尚未载入工作日历，无法计算工作日。"
            + "请系统管理员先载入该年度的国务院办公厅节假日安排。";

    @Autowired
    WorkingDays workingDays;

    @Test
    void publicNoticeOfFiveWorkingDaysFromTheMakeUpSaturdayOf2021EndsOnThe25th() {
        assertThat(workingDays.describe(LocalDate.of(2021, 2, 20)))
                .isEqualTo(new CalendarDay(LocalDate.of(2021, 2, 20), true, "春节"));
        assertThat(workingDays.workingDays(LocalDate.of(2021, 2, 20), 5)).containsExactly(
                LocalDate.of(2021, 2, 20), LocalDate.of(2021, 2, 22), LocalDate.of(2021, 2, 23),
                LocalDate.of(2021, 2, 24), LocalDate.of(2021, 2, 25));
        assertThat(workingDays.nthWorkingDay(LocalDate.of(2021, 2, 20), 5)).isEqualTo(LocalDate.of(2021, 2, 25));
    }

    @Test
    void springFestival2020RunsToTheExtendedSecondOfFebruary() {
        // State Council notice of 2020-01-27 extended the holiday to 2020-02-02; the data lists 01-24..02-02 off.
        for (LocalDate day = LocalDate.of(2020, 1, 24); !day.isAfter(LocalDate.of(2020, 2, 2)); day = day.plusDays(1)) {
            assertThat(workingDays.describe(day)).as(day.toString()).isEqualTo(new CalendarDay(day, false, "春节"));
        }
        assertThat(workingDays.describe(LocalDate.of(2020, 1, 19)))
                .as("make-up Sunday").isEqualTo(new CalendarDay(LocalDate.of(2020, 1, 19), true, "春节"));
        assertThat(workingDays.describe(LocalDate.of(2020, 2, 3)))
                .isEqualTo(new CalendarDay(LocalDate.of(2020, 2, 3), true, "春节"));
        assertThat(workingDays.nthWorkingDay(LocalDate.of(2020, 1, 24), 1)).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(workingDays.workingDays(LocalDate.of(2020, 1, 23), 3)).containsExactly(
                LocalDate.of(2020, 1, 23), LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 4));
    }

    @Test
    void nationalDay2024HasMakeUpDaysOnTheSundayBeforeAndTheSaturdayAfter() {
        assertThat(workingDays.describe(LocalDate.of(2024, 9, 29)))
                .isEqualTo(new CalendarDay(LocalDate.of(2024, 9, 29), true, "国庆节"));
        assertThat(workingDays.describe(LocalDate.of(2024, 10, 12)))
                .isEqualTo(new CalendarDay(LocalDate.of(2024, 10, 12), true, "国庆节"));
        for (int d = 1; d <= 7; d++) {
            assertThat(workingDays.describe(LocalDate.of(2024, 10, d)))
                    .isEqualTo(new CalendarDay(LocalDate.of(2024, 10, d), false, "国庆节"));
        }
        assertThat(workingDays.describe(LocalDate.of(2024, 10, 8)))
                .isEqualTo(new CalendarDay(LocalDate.of(2024, 10, 8), true, null));
        assertThat(workingDays.nthWorkingDay(LocalDate.of(2024, 9, 30), 3)).isEqualTo(LocalDate.of(2024, 10, 9));
    }

    @Test
    void aStartOnADayOffCountsFromTheNextWorkingDay() {
        // 2024-09-28 is an ordinary Saturday; the next day is the make-up Sunday.
        assertThat(workingDays.describe(LocalDate.of(2024, 9, 28)))
                .isEqualTo(new CalendarDay(LocalDate.of(2024, 9, 28), false, null));
        assertThat(workingDays.workingDays(LocalDate.of(2024, 9, 28), 5)).containsExactly(
                LocalDate.of(2024, 9, 29), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 8),
                LocalDate.of(2024, 10, 9), LocalDate.of(2024, 10, 10));
    }

    @Test
    void arrangementsOf2026() {
        assertThat(workingDays.describe(LocalDate.of(2026, 1, 4)))
                .as("make-up Sunday after New Year").isEqualTo(new CalendarDay(LocalDate.of(2026, 1, 4), true, "元旦"));
        assertThat(workingDays.workingDays(LocalDate.of(2026, 1, 1), 2))
                .containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 5));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Spring Festival Monday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 28))).as("make-up Saturday").isTrue();
        assertThat(workingDays.workingDays(LocalDate.of(2026, 2, 13), 3)).containsExactly(
                LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 24));
        assertThat(workingDays.describe(LocalDate.of(2026, 9, 25)))
                .isEqualTo(new CalendarDay(LocalDate.of(2026, 9, 25), false, "中秋节"));
        // a 公示 of 5 working days around the 2026 Mid-Autumn Festival and National Day
        assertThat(workingDays.nthWorkingDay(LocalDate.of(2026, 9, 28), 5)).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
    }

    @Test
    void dayOfTheNeighbouringYearListedInANoticeTakesEffect() {
        // 2022-12-31 (a Saturday) is listed by the 2023 notice as part of New Year's Day.
        assertThat(workingDays.describe(LocalDate.of(2022, 12, 31)))
                .isEqualTo(new CalendarDay(LocalDate.of(2022, 12, 31), false, "元旦"));
    }

    @Test
    void countsWorkingDaysBetweenTwoDatesBothInclusive() {
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2024, 9, 28), LocalDate.of(2024, 10, 13))).isEqualTo(7);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7))).isZero();
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2021, 2, 20), LocalDate.of(2021, 2, 20))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).isEqualTo(249);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(1994);
    }

    @Test
    void refusesAReversedPeriodAndACountBelowOne() {
        assertThatThrownBy(() -> workingDays.workingDaysBetween(LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("起始日期 2024-10-02 晚于结束日期 2024-10-01。");
        assertThatThrownBy(() -> workingDays.nthWorkingDay(LocalDate.of(2024, 10, 2), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("工作日数量至少为 1，实际为 0。");
    }

    @Test
    void refusesADateOfAYearWithoutLoadedArrangement() {
        assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOfSatisfying(CalendarNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessage(NOT_LOADED_2027);
        // 2018-12-31 is listed by the 2019 notice, but 2018 itself is not loaded: its other days are unknown.
        assertThatThrownBy(() -> workingDays.describe(LocalDate.of(2018, 12, 31)))
                .isInstanceOfSatisfying(CalendarNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2018))
                .hasMessage("2018年的法定节假日安排尚未载入工作日历，无法计算工作日。请系统管理员先载入该年度的国务院办公厅节假日安排。");
        assertThat(workingDays.coveredYears()).contains(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
                .doesNotContain(2018, 2027);
    }

    @Test
    void refusesAPeriodThatRunsIntoAYearWithoutLoadedArrangement() {
        assertThat(workingDays.nthWorkingDay(LocalDate.of(2026, 12, 28), 4)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> workingDays.nthWorkingDay(LocalDate.of(2026, 12, 28), 10))
                .isInstanceOf(CalendarNotLoadedException.class)
                .hasMessage(NOT_LOADED_2027);
        assertThatThrownBy(() -> workingDays.workingDays(LocalDate.of(2026, 12, 28), 10))
                .isInstanceOf(CalendarNotLoadedException.class);
        assertThatThrownBy(() -> workingDays.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10)))
                .isInstanceOf(CalendarNotLoadedException.class)
                .hasMessage(NOT_LOADED_2027);
    }
}
