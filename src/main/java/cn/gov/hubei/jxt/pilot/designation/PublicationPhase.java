package cn.gov.hubei.jxt.pilot.designation;

/**
 * Where a notice stands for the designation: whether its period is over (closed, or due to close), how many objection
 * cases are still open, and its publication's status ({@code null} before it is published).
 */
public record PublicationPhase(boolean noticeOver, long openCases, PublicationStatus status) {

    public boolean published() {
        return status != null;
    }

    /** Whether the office may publish now: the period over, every case concluded, not published yet. */
    public boolean ready() {
        return noticeOver && openCases == 0 && status == null;
    }
}
