package cn.gov.hubei.jxt.pilot.calendar.web;

import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The month-by-month grid of one year for the administrator's page, weeks starting on Monday. */
public record YearGrid(List<Month> months) {

    /** What a cell shows; each kind has its own Bootstrap class and legend entry. */
    public enum Kind {
        WORKING(""), OFF("table-danger"), MAKE_UP("table-warning"), WEEKEND("table-secondary");

        private final String cssClass;

        Kind(String cssClass) {
            this.cssClass = cssClass;
        }

        public String cssClass() {
            return cssClass;
        }
    }

    /** A day of the month, or an empty cell before the 1st or after the last day ({@code date == null}). */
    public record Cell(LocalDate date, Kind kind, String name) {
        static final Cell BLANK = new Cell(null, null, null);

        public String cssClass() {
            return kind == null ? "" : kind.cssClass();
        }
    }

    public record Month(int month, List<List<Cell>> weeks) {
    }

    static final List<DayOfWeek> WEEK = Arrays.asList(DayOfWeek.values());

    static YearGrid of(int year, Function<LocalDate, CalendarDay> describe) {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
                week.add(Cell.BLANK);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                CalendarDay day = describe.apply(month.atDay(d));
                week.add(new Cell(day.date(), kindOf(day), day.name()));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(Cell.BLANK);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return new YearGrid(months);
    }

    private static Kind kindOf(CalendarDay day) {
        boolean weekend = day.date().getDayOfWeek().getValue() >= 6;
        if (day.workingDay()) {
            return weekend && day.listed() ? Kind.MAKE_UP : Kind.WORKING;
        }
        return day.listed() ? Kind.OFF : Kind.WEEKEND;
    }
}
