package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.recommendation.ListRanks;
import cn.gov.hubei.jxt.pilot.recommendation.ListStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link ListRanks} as plain SQL over {@code recommendation_list} and {@code recommendation_entry}. */
@Repository
class ListRanksQuery implements ListRanks {

    /** Ids bound per statement (far below the driver's limit of bind parameters). */
    static final int CHUNK = 10_000;

    private final JdbcClient jdbc;

    ListRanksQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Integer> ranksOf(Collection<Long> applicationIds) {
        Map<Long, Integer> ranks = new HashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(applicationIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("""
                            select e.application_id, e.rank
                              from recommendation_entry e
                              join recommendation_list l
                                on l.call_id = e.call_id and l.division_code = e.division_code
                             where e.application_id in (:ids)""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((RowCallbackHandler) rs -> ranks.put(rs.getLong(1), rs.getInt(2)));
        }
        return ranks;
    }

    @Override
    public Set<String> submittedDivisions(long callId) {
        return Set.copyOf(jdbc.sql("""
                        select division_code from recommendation_list
                         where call_id = :call and status = :submitted""")
                .param("call", callId).param("submitted", ListStatus.SUBMITTED.name())
                .query(String.class).list());
    }
}
