package cn.gov.hubei.jxt.pilot.monitoring;

import java.time.LocalDate;

/**
 * A reporting round (e.g. 2026年度报告): its opening day and deadline (a working day), its phase on the reading's
 * day, and how many reports it has by status group.
 */
public record Round(long id, int year, String title, LocalDate opensOn, LocalDate deadline, RoundPhase phase,
                    int reports, int submitted, int overdue) {
}
