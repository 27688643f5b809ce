package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.portal.ScenarioLibrary;
import cn.gov.hubei.jxt.pilot.portal.ScenarioPhase;
import cn.gov.hubei.jxt.pilot.portal.ScenarioStatus;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenario;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The portal's tables, in plain SQL. The project's status is read with the application for the phase. */
@Repository
class ScenarioRepository {

    private static final String SELECT = """
            select s.id, s.application_id, s.version_no, s.position, s.enterprise_id, s.call_year, s.enterprise_name,
                   s.project_name, s.division_code, s.mode_codes, i.industry_code, s.name, s.stage, s.problem,
                   s.solution, s.effect, s.public_title, s.public_summary, s.status, s.consented_by, s.consented_at,
                   s.decided_by, s.decided_at, s.reason, s.published_at, s.version, a.status as application_status,
                   a.number
            from portal_scenario s
            join project_application a on a.id = s.application_id
            left join portal_project_industry i on i.application_id = s.application_id
            """;

    static final String PASSED = "FORMAL_PASSED";

    private static final RowMapper<TypicalScenario> ROW = (rs, n) -> new TypicalScenario(rs.getLong(1),
            rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getInt(6), rs.getString(7), rs.getString(8),
            rs.getString(9), strings(rs.getArray(10)), rs.getString(11), rs.getString(12),
            LifeCycleStage.valueOf(rs.getString(13)), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
            ScenarioStatus.valueOf(rs.getString(19)), rs.getString(20), instant(rs.getTimestamp(21)),
            rs.getString(22), instant(rs.getTimestamp(23)), rs.getString(24), instant(rs.getTimestamp(25)),
            rs.getInt(26), PASSED.equals(rs.getString(27)) ? ScenarioPhase.FORMAL_PASSED : ScenarioPhase.INELIGIBLE);

    private final JdbcClient jdbc;

    ScenarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The applications among these that have no scenario row yet. */
    Set<Long> withoutScenarios(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> known = Set.copyOf(jdbc.sql("select distinct application_id from portal_scenario "
                        + "where application_id in (:ids)")
                .param("ids", applicationIds).query(Long.class).list());
        return applicationIds.stream().filter(id -> !known.contains(id)).collect(Collectors.toSet());
    }

    /** Takes up a scenario as a candidate; nothing when it is there already (another reader was first). */
    void insertCandidate(long applicationId, int versionNo, int position, long enterpriseId, int callYear,
                         String enterpriseName, String projectName, String divisionCode, List<String> modes,
                         String name, LifeCycleStage stage, String problem, String solution, String effect,
                         Instant at) {
        jdbc.sql("""
                        insert into portal_scenario (application_id, version_no, position, enterprise_id, call_year,
                            enterprise_name, project_name, division_code, mode_codes, name, stage, problem, solution,
                            effect, public_title, status, created_at)
                        values (:app, :versionNo, :position, :enterprise, :year, :enterpriseName, :projectName,
                            :division, cast(string_to_array(:modes, ',') as varchar(32)[]), :name, :stage, :problem,
                            :solution, :effect, :name, 'CANDIDATE', :at)
                        on conflict (application_id, position) do nothing
                        """)
                .param("app", applicationId).param("versionNo", versionNo).param("position", position)
                .param("enterprise", enterpriseId).param("year", callYear).param("enterpriseName", enterpriseName)
                .param("projectName", projectName).param("division", divisionCode)
                .param("modes", String.join(",", modes)).param("name", name).param("stage", stage.name())
                .param("problem", problem).param("solution", solution).param("effect", effect)
                .param("at", Timestamp.from(at)).update();
    }

    List<TypicalScenario> all(ScenarioStatus status) {
        return jdbc.sql(SELECT + " where (cast(:status as varchar) is null or s.status = :status)"
                        + " order by a.number, s.position")
                .param("status", status == null ? null : status.name()).query(ROW).list();
    }

    List<TypicalScenario> ofEnterprise(long enterpriseId) {
        return jdbc.sql(SELECT + " where s.enterprise_id = :enterprise order by a.number, s.position")
                .param("enterprise", enterpriseId).query(ROW).list();
    }

    Optional<TypicalScenario> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(ROW).optional();
    }

    Optional<TypicalScenario> lock(long id) {
        jdbc.sql("select id from portal_scenario where id = :id for update").param("id", id).query(Long.class)
                .optional();
        return find(id);
    }

    /**
     * Moves the scenario if it is still in {@code from} at {@code version}, with the consent, decision and publication
     * fields it has in {@code to}; false when it was not.
     */
    boolean move(long id, ScenarioStatus from, ScenarioStatus to, int version, String consentedBy,
                 Instant consentedAt, String decidedBy, Instant decidedAt, String reason, Instant publishedAt) {
        return jdbc.sql("""
                        update portal_scenario set status = :to, version = version + 1, consented_by = :consentedBy,
                            consented_at = :consentedAt, decided_by = :decidedBy, decided_at = :decidedAt,
                            reason = :reason, published_at = :publishedAt
                        where id = :id and status = :from and version = :version
                        """)
                .param("to", to.name()).param("from", from.name()).param("id", id).param("version", version)
                .param("consentedBy", consentedBy).param("consentedAt", timestamp(consentedAt))
                .param("decidedBy", decidedBy).param("decidedAt", timestamp(decidedAt)).param("reason", reason)
                .param("publishedAt", timestamp(publishedAt)).update() == 1;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    void recordChange(long scenarioId, String transition, ScenarioStatus from, ScenarioStatus to, String actor,
                      Instant at, String reason) {
        jdbc.sql("""
                        insert into portal_scenario_change (scenario_id, transition, from_status, to_status, actor,
                            acted_at, reason)
                        values (:id, :transition, :from, :to, :actor, :at, :reason)
                        """)
                .param("id", scenarioId).param("transition", transition).param("from", from.name())
                .param("to", to.name()).param("actor", actor).param("at", Timestamp.from(at))
                .param("reason", reason).update();
    }

    List<TypicalScenario.Change> history(long scenarioId) {
        return jdbc.sql("""
                        select transition, from_status, to_status, actor, acted_at, reason
                        from portal_scenario_change where scenario_id = :id order by id
                        """)
                .param("id", scenarioId)
                .query((rs, n) -> new TypicalScenario.Change(rs.getString(1), ScenarioStatus.valueOf(rs.getString(2)),
                        ScenarioStatus.valueOf(rs.getString(3)), rs.getString(4), instant(rs.getTimestamp(5)),
                        rs.getString(6)))
                .list();
    }

    boolean updatePublicText(long id, String title, String summary, int version) {
        return jdbc.sql("""
                        update portal_scenario set public_title = :title, public_summary = :summary,
                            version = version + 1
                        where id = :id and version = :version and status <> 'REJECTED'
                        """)
                .param("title", title).param("summary", summary).param("id", id).param("version", version)
                .update() == 1;
    }

    Optional<String> industryOf(long applicationId) {
        return jdbc.sql("select industry_code from portal_project_industry where application_id = :id")
                .param("id", applicationId).query(String.class).optional();
    }

    Map<Long, String> industries() {
        return jdbc.sql("select application_id, industry_code from portal_project_industry")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void setIndustry(long applicationId, String code, String by, Instant at) {
        if (code == null) {
            jdbc.sql("delete from portal_project_industry where application_id = :id").param("id", applicationId)
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into portal_project_industry (application_id, industry_code, set_by, set_at)
                        values (:id, :code, :by, :at)
                        on conflict (application_id) do update set industry_code = excluded.industry_code,
                            set_by = excluded.set_by, set_at = excluded.set_at
                        """)
                .param("id", applicationId).param("code", code).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    // ------------------------------------------------------------------------------------ the public library

    private static final String PUBLIC = """
            select s.id, s.application_id, s.public_title, s.public_summary, s.name, s.stage, s.problem, s.solution,
                   s.effect, s.enterprise_name, s.project_name, s.division_code, s.mode_codes, i.industry_code,
                   s.call_year, s.published_at
            from portal_scenario s
            left join portal_project_industry i on i.application_id = s.application_id
            where s.status = 'PUBLISHED'
            """;

    private static final String PUBLIC_FILTER = """
             and (cast(:stage as varchar) is null or s.stage = :stage)
             and (cast(:mode as varchar) is null or :mode = any(s.mode_codes))
             and (cast(:industry as varchar) is null or i.industry_code = :industry)
             and (cast(:text as varchar) is null or strpos(lower(s.public_title || ' ' || s.name || ' '
                  || s.project_name || ' ' || s.enterprise_name), lower(:text)) > 0)
            """;

    private static final RowMapper<ScenarioLibrary.PublicScenario> PUBLIC_ROW = (rs, n) ->
            new ScenarioLibrary.PublicScenario(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), rs.getString(11), rs.getString(12), strings(rs.getArray(13)),
                    rs.getString(14), rs.getInt(15), instant(rs.getTimestamp(16)));

    List<ScenarioLibrary.PublicScenario> published(ScenarioLibrary.Filter f, int offset, int limit) {
        return jdbc.sql(PUBLIC + PUBLIC_FILTER + " order by s.published_at desc, s.id desc offset :offset limit :limit")
                .param("stage", f.stage()).param("mode", f.mode()).param("industry", f.industry())
                .param("text", f.text()).param("offset", offset).param("limit", limit)
                .query(PUBLIC_ROW).list();
    }

    long countPublished(ScenarioLibrary.Filter f) {
        return jdbc.sql("select count(*) from portal_scenario s left join portal_project_industry i "
                        + "on i.application_id = s.application_id where s.status = 'PUBLISHED'" + PUBLIC_FILTER)
                .param("stage", f.stage()).param("mode", f.mode()).param("industry", f.industry())
                .param("text", f.text()).query(Long.class).single();
    }

    Optional<ScenarioLibrary.PublicScenario> findPublished(long id) {
        return jdbc.sql(PUBLIC + " and s.id = :id").param("id", id).query(PUBLIC_ROW).optional();
    }

    List<ScenarioLibrary.PublicScenario> publishedOf(long applicationId) {
        return jdbc.sql(PUBLIC + " and s.application_id = :app order by s.position").param("app", applicationId)
                .query(PUBLIC_ROW).list();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
