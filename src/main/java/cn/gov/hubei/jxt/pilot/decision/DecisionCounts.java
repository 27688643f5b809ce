package cn.gov.hubei.jxt.pilot.decision;

/** How many decisions, by status, a viewer may see (outside the programme office: released ones only). */
public record DecisionCounts(long pending, long released, long withdrawn) {

    public static final DecisionCounts NONE = new DecisionCounts(0, 0, 0);

    public long total() {
        return pending + released + withdrawn;
    }
}
