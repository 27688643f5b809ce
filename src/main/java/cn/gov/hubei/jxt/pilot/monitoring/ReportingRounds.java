package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/** The office's reporting rounds. Every method checks {@link MonitoringPermissions} itself. */
public interface ReportingRounds {

    /** Every round, newest year first (office only). */
    List<Round> all(CurrentUser viewer);

    Optional<Round> find(long roundId, CurrentUser viewer);

    /**
     * Opens the round of a year: title {@code <year>年度报告}, the opening day (not in the past) and the deadline (a
     * working day after it). Every designation valid on the opening day is due a report, created on that day (at once
     * when it is today). Audited. One round per year: a second is refused.
     */
    Round open(int year, String opensOn, String deadline, CurrentUser officer);

    /** The round's reports (office), by division and project. */
    List<Report> reports(long roundId, CurrentUser viewer);
}
