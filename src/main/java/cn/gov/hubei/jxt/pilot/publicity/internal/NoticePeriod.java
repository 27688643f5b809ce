package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period of a notice (公示期为5个工作日, seed §五(五)): the start day is day 1 and must be a working day; the end day
 * is the 5th working day on the calendar (a holiday inside is skipped, a make-up working day counts). A year the
 * calendar lacks is refused, never guessed.
 */
@Component
class NoticePeriod {

    /** The length of the period in working days. */
    static final int WORKING_DAYS = 5;
    static final String FIELD = "startDate";

    private final WorkingDays workingDays;

    NoticePeriod(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** The end day of a period starting on {@code start}, or the problem beside the start day's field. */
    Result of(LocalDate start, LocalDate today, boolean pastAllowed) {
        if (start == null) {
            return Result.problem(FieldProblem.missing(FIELD, "publicity.start.missing"));
        }
        if (!pastAllowed && start.isBefore(today)) {
            return Result.problem(FieldProblem.invalid(FIELD, "publicity.start.past", start.toString()));
        }
        if (pastAllowed && start.isAfter(today)) {
            return Result.problem(FieldProblem.invalid(FIELD, "publicity.start.future", start.toString()));
        }
        try {
            CalendarDay day = workingDays.describe(start);
            if (!day.workingDay()) {
                String name = day.name() == null ? "" : day.name();
                return Result.problem(FieldProblem.invalid(FIELD, name.isEmpty()
                        ? "publicity.start.not-working-day" : "publicity.start.holiday", start.toString(), name));
            }
            return new Result(Optional.of(workingDays.nthWorkingDay(start, WORKING_DAYS)), Optional.empty());
        } catch (CalendarNotLoadedException e) {
            return Result.problem(FieldProblem.invalid(FIELD, "publicity.start.calendar-missing",
                    String.valueOf(e.year())));
        }
    }

    record Result(Optional<LocalDate> end, Optional<FieldProblem> problem) {
        static Result problem(FieldProblem problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
