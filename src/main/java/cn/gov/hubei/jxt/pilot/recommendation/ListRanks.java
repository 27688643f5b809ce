package cn.gov.hubei.jxt.pilot.recommendation;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The places of applications on their divisions' ranked lists (推荐排名), read for a whole page of another module's
 * list at once: one SQL statement that joins the lists' entries, instead of one question per row.
 */
public interface ListRanks {

    /**
     * The rank of each of the applications that is on its division's list, by application id; an application that is
     * not (or no longer) on a list has no entry.
     */
    Map<Long, Integer> ranksOf(Collection<Long> applicationIds);

    /**
     * The divisions whose list of the call is submitted to the province now (not reopened since); empty for an
     * unknown call.
     */
    Set<String> submittedDivisions(long callId);
}
