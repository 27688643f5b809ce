package cn.gov.hubei.jxt.pilot.calendar.web;

import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The public working-day calendar: anyone may ask when a period of working days ends (e.g. a 公示). */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Working days per the State Council holiday notices")
class CalendarApiController {

    static final int MAX_COUNT = 366;

    private final WorkingDays workingDays;

    CalendarApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /**
     * @param start the requested start date (echoed)
     * @param end   the last of the working days
     * @param days  the working days in order; the first is {@code start} when it is a working day
     */
    record WorkingDaysResponse(LocalDate start, LocalDate end, List<LocalDate> days) {
    }

    /** @param name the holiday the notice lists the date under (also for a make-up working day); null otherwise */
    record CalendarDayResponse(LocalDate date, boolean workingDay, String name) {
    }

    @GetMapping("/working-days")
    @Operation(summary = "The first `count` working days from `start`",
            description = "`start` counts as day 1 when it is a working day, otherwise counting begins at the next "
                    + "working day. A period that reaches a year whose holiday arrangement is not loaded is refused "
                    + "(422), never guessed.")
    @ApiResponse(responseCode = "200", description = "The working days and the last of them")
    @ApiResponse(responseCode = "400", description = "Malformed date or count outside 1..366",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The period reaches a year without loaded holiday data",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    WorkingDaysResponse workingDays(
            @Parameter(description = "First date of the period, ISO 8601 (YYYY-MM-DD)", example = "2021-02-20")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @Parameter(description = "Number of working days, 1 to 366", example = "5")
            @RequestParam @Min(1) @Max(MAX_COUNT) int count) {
        List<LocalDate> days = workingDays.workingDays(start, count);
        return new WorkingDaysResponse(start, days.get(days.size() - 1), days);
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "Whether a date is a working day, and the holiday it belongs to")
    @ApiResponse(responseCode = "200", description = "The date's status")
    @ApiResponse(responseCode = "400", description = "Malformed date",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The date's year has no loaded holiday data",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    CalendarDayResponse day(
            @Parameter(description = "The date, ISO 8601 (YYYY-MM-DD)", example = "2024-10-01")
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        CalendarDay day = workingDays.describe(date);
        return new CalendarDayResponse(day.date(), day.workingDay(), day.name());
    }
}
