package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic data of the analytics, inserted by SQL in batches (the real stages take seconds per application): calls,
 * enterprises with an account, applications at every step of the funnel with a frozen version (modes, new
 * technologies, the five indicators' targets), review proposals, a released notice and designations with their
 * validity. The hand-made sets of the tests and the benchmark's 10 calls × 3,000 applications ({@link #generate})
 * both go through {@link #call} and {@link #applications}. The rows do not carry every stage's history (no status
 * history, lists or formal reviews): tests that commit them suspend those invariants.
 */
public final class AnalyticsData {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String[] DIVISIONS = {"420100", "420200", "420300", "420500", "420600", "420700", "420800",
            "420900", "421000", "421100", "421200", "421300", "422800", "429004", "429005", "429006", "429021"};
    static final String[] MODES = {"DISCRETE", "PROCESS", "NETWORKED", "CUSTOMIZATION", "REMOTE_OM", "OTHER"};
    static final String[] TECHNOLOGIES = {"INDUSTRIAL_INTERNET", "AI", "FIVE_G"};
    static final String[] INDUSTRIES = {"AUTOMOTIVE", "ELECTRONIC_INFORMATION", "HIGH_END_CNC_MACHINE", "BIOMEDICINE",
            "HIGH_END_EQUIPMENT", "FOOD", "TEXTILE", "NEW_MATERIALS", "OTHER"};
    static final String[] INDICATORS = {"OPERATING_COST", "DEVELOPMENT_CYCLE", "PRODUCTION_EFFICIENCY", "DEFECT_RATE",
            "ENERGY_UTILISATION"};
    static final String[] UNITS = {"万元", "天", "件/小时", "%", "%"};

    /** How far an application got. */
    public enum Step {
        DRAFT("DRAFT"), SUBMITTED("SUBMITTED"), WITHDRAWN("WITHDRAWN"), NOT_RECOMMENDED("NOT_RECOMMENDED"),
        RECOMMENDED("RECOMMENDED"), FORMAL_FAILED("FORMAL_FAILED"), FORMAL_PASSED("FORMAL_PASSED"),
        REVIEWED("FORMAL_PASSED"), PUBLICISED("FORMAL_PASSED"), DESIGNATED("FORMAL_PASSED");

        final String status;

        Step(String status) {
            this.status = status;
        }

        boolean atLeast(Step step) {
            return ordinal() >= step.ordinal() && (step.ordinal() < REVIEWED.ordinal() || this.status.equals("FORMAL_PASSED"));
        }
    }

    /** One indicator's target as entered. */
    public record Target(String indicator, String unit, String before, String after) {
    }

    /**
     * One application: its division, how far it got, what its frozen version declares, the key industry the office
     * set (or null), whether its designation was revoked.
     */
    public record App(String division, Step step, List<String> modes, List<String> technologies,
                      List<Target> targets, String industry, boolean revoked) {
        public static App of(String division, Step step) {
            return new App(division, step, List.of("DISCRETE"), List.of(), List.of(), null, false);
        }

        public App modes(String... codes) {
            return new App(division, step, List.of(codes), technologies, targets, industry, revoked);
        }

        public App technologies(String... codes) {
            return new App(division, step, modes, List.of(codes), targets, industry, revoked);
        }

        public App targets(Target... t) {
            return new App(division, step, modes, technologies, List.of(t), industry, revoked);
        }

        public App industry(String code) {
            return new App(division, step, modes, technologies, targets, code, revoked);
        }

        public App withRevocation() {
            return new App(division, step, modes, technologies, targets, industry, true);
        }
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public AnalyticsData(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A call of that year whose filing closed on that day (its recommendation closed too). */
    public long call(int year, LocalDate closes) {
        Timestamp opens = ts(closes.minusDays(30).atStartOfDay());
        Timestamp close = ts(closes.atTime(17, 0));
        Timestamp deadline = ts(closes.plusDays(20).atTime(17, 0));
        return jdbc.queryForObject("""
                insert into programme_call (year, title, filing_opens_at, filing_closes_at, recommendation_deadline,
                       element_condition_version, status, published_at, created_by, created_at, updated_by, updated_at)
                values (?, ?, ?, ?, ?, '2020', 'RECOMMENDATION_CLOSED', ?, 'bench', ?, 'bench', ?) returning id""",
                Long.class, year, year + "年度湖北省智能制造试点示范项目遴选（统计样本）", opens, close, deadline, opens, opens,
                opens);
    }

    /** Enterprises with an account since that moment, in that division, that apply to nothing. */
    public void registered(long callId, String division, int count, LocalDateTime since) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[]{division, since});
        }
        enterprises(callId, "R", rows);
    }

    /**
     * The call's applications, each of its own enterprise (with an account since the call opened), with a frozen
     * version when submitted; the reviewed ones proposed, the publicised ones on the call's released notice, the
     * designated ones published on {@code designatedOn} (valid three years from it).
     *
     * @return the applications' ids in the order given
     */
    public List<Long> applications(long callId, int year, List<App> apps, LocalDate designatedOn) {
        LocalDateTime opened = jdbc.queryForObject("select filing_opens_at from programme_call where id = ?",
                Timestamp.class, callId).toInstant().atZone(SHANGHAI).toLocalDateTime();
        List<Object[]> enterpriseRows = new ArrayList<>();
        for (App app : apps) {
            enterpriseRows.add(new Object[]{app.division(), opened.plusHours(1)});
        }
        List<Long> enterprises = enterprises(callId, "A", enterpriseRows);
        Timestamp at = ts(opened.plusDays(2));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            App app = apps.get(i);
            boolean submitted = app.step() != Step.DRAFT;
            rows.add(new Object[]{"%d-%s-8%05d-%d".formatted(year, app.division(), i, callId), enterprises.get(i),
                    callId, app.division(), app.step().status, "智能制造示范项目" + (i + 1), submitted ? 1 : 0, at, at});
        }
        jdbc.batchUpdate("""
                insert into project_application (number, enterprise_id, call_id, division_code, reference_version,
                       status, project_name, last_version_no, version, created_by, created_at, updated_at)
                values (?, ?, ?, ?, '2020', ?, ?, ?, 1, 'bench', ?, ?)""", rows);
        List<Long> ids = jdbc.queryForList("select id from project_application where call_id = ? and created_by = 'bench' "
                + "and number like ? order by id", Long.class, callId, "%-" + callId);
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> industries = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            App app = apps.get(i);
            if (app.step() != Step.DRAFT) {
                versions.add(new Object[]{ids.get(i), snapshot(callId, app, enterprises.get(i), i), at});
            }
            if (app.industry() != null) {
                industries.add(new Object[]{ids.get(i), app.industry(), at});
            }
        }
        jdbc.batchUpdate("insert into application_version (application_id, number, snapshot, submitted_by, submitted_at) "
                + "values (?, 1, ?, 'bench', ?)", versions);
        jdbc.batchUpdate("insert into portal_project_industry (application_id, industry_code, set_by, set_at) "
                + "values (?, ?, 'bench', ?)", industries);
        reviewedAndLater(callId, year, apps, ids, enterprises, designatedOn);
        return ids;
    }

    private void reviewedAndLater(long callId, int year, List<App> apps, List<Long> ids, List<Long> enterprises,
                                  LocalDate designatedOn) {
        Timestamp at = ts(designatedOn.minusDays(40).atTime(10, 0));
        Long batch = jdbc.queryForObject("insert into decision_batch (module, name, created_at) values "
                + "('review', ?, ?) returning id", Long.class, "analytics-sample-" + callId, at);
        List<Object[]> decisions = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            if (apps.get(i).step().atLeast(Step.REVIEWED)) {
                decisions.add(new Object[]{batch, ids.get(i), at});
            }
        }
        jdbc.batchUpdate("""
                insert into decision (batch_id, subject_module, subject_type, subject_id, kind, outcome, status,
                       revision, recorded_by, recorded_at)
                values (?, 'review', 'application', ?, 'PUBLICITY_PROPOSAL', 'PROPOSED', 'PENDING', 1, 'bench', ?)""",
                decisions);
        LocalDate start = designatedOn.minusDays(20);
        Long notice = jdbc.queryForObject("""
                insert into public_notice (call_id, year, title, body, publisher, contact_telephone, contact_address,
                       start_date, end_date, status, created_by, created_at, updated_by, updated_at, released_at,
                       released_by, opened_at, closed_at)
                values (?, ?, '公示（统计样本）', '正文', '湖北省经济和信息化厅', '027-00000000', '武汉市', ?, ?, 'CLOSED',
                        'bench', ?, 'bench', ?, ?, 'bench', ?, ?) returning id""", Long.class, callId, year,
                Date.valueOf(start), Date.valueOf(start.plusDays(6)), at, at, at, at, at);
        List<Object[]> entries = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < apps.size(); i++) {
            App app = apps.get(i);
            if (app.step().atLeast(Step.PUBLICISED)) {
                entries.add(new Object[]{notice, ids.get(i), ++position, "智能制造示范项目" + (i + 1),
                        "统计样本企业" + enterprises.get(i), app.division(), String.join(",", app.modes())});
            }
        }
        jdbc.batchUpdate("""
                insert into public_notice_entry (notice_id, application_id, position, project_name, enterprise_name,
                       division_code, recommender_name, mode_codes)
                values (?, ?, ?, ?, ?, ?, '经信局', ?)""", entries);
        Long file = jdbc.queryForObject("insert into stored_file (sha256, size, kind, name, stored_by, stored_at) "
                + "values (?, 1, 'PDF', 'sample.pdf', 'bench', ?) returning id", Long.class, "0".repeat(64), at);
        Long publication = jdbc.queryForObject("""
                insert into designation_publication (notice_id, call_id, year, document_number, title, published_on,
                       document_file, status, published_by, published_at)
                values (?, ?, ?, ?, '认定（统计样本）', ?, ?, 'PUBLISHED', 'bench', ?) returning id""", Long.class,
                notice, callId, designatedOn.getYear(), "鄂经信智造〔" + designatedOn.getYear() + "〕S" + callId + "号",
                Date.valueOf(designatedOn), file, at);
        List<Object[]> designated = new ArrayList<>();
        position = 0;
        for (int i = 0; i < apps.size(); i++) {
            App app = apps.get(i);
            if (app.step() == Step.DESIGNATED) {
                LocalDate until = designatedOn.plusYears(3).minusDays(1);
                if (designatedOn.getMonthValue() == 2 && designatedOn.getDayOfMonth() == 29) {
                    until = designatedOn.plusDays(1).plusYears(3).minusDays(1);
                }
                designated.add(new Object[]{publication, ids.get(i), callId, designatedOn.getYear(), ++position,
                        "智能制造示范项目" + (i + 1), enterprises.get(i), "统计样本企业" + enterprises.get(i),
                        "9A%06d%010d".formatted(callId, i), app.division(), String.join(",", app.modes()),
                        Date.valueOf(designatedOn), Date.valueOf(until),
                        app.revoked() ? at : null, app.revoked() ? "bench" : null, app.revoked() ? "剔除" : null});
            }
        }
        jdbc.batchUpdate("""
                insert into designated_project (publication_id, application_id, call_id, year, position, version_no,
                       project_name, enterprise_id, enterprise_name, credit_code, division_code, recommender_name,
                       mode_codes, valid_from, valid_until, revoked_at, revoked_by, revoked_reason)
                values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, '经信局', ?, ?, ?, ?, ?, ?)""", designated);
    }

    private List<Long> enterprises(long callId, String kind, List<Object[]> divisionAndSince) {
        String prefix = "9%s%06d".formatted(kind, callId);
        Integer already = jdbc.queryForObject("select count(*) from enterprise where credit_code like ?",
                Integer.class, prefix + "%");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < divisionAndSince.size(); i++) {
            Object[] d = divisionAndSince.get(i);
            rows.add(new Object[]{prefix + "%010d".formatted(already + i), "统计样本企业" + (already + i + 1), d[0],
                    ts((LocalDateTime) d[1])});
        }
        jdbc.batchUpdate("insert into enterprise (credit_code, name, division_code, created_at) values (?, ?, ?, ?)",
                rows);
        List<Long> ids = jdbc.queryForList("select id from enterprise where credit_code like ? order by credit_code",
                Long.class, prefix + "%");
        ids = ids.subList(already, ids.size());
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            accounts.add(new Object[]{"s%s%d-%d".formatted(kind.toLowerCase(), callId, already + i),
                    ids.get(i), rows.get(i)[3], rows.get(i)[3], rows.get(i)[3]});
        }
        jdbc.batchUpdate("""
                insert into user_account (username, display_name, enterprise_id, password_hash, enabled,
                       must_change_password, created_at, created_by, updated_at)
                values (?, '统计样本', ?, '{noop}x', false, true, ?, 'bench', ?)""",
                accounts.stream().map(a -> new Object[]{a[0], a[1], a[2], a[3]}).toList());
        jdbc.update("""
                insert into enterprise_member (enterprise_id, user_id, manager, added_at, added_by)
                select u.enterprise_id, u.id, true, u.created_at, 'bench'
                  from user_account u
                 where u.username like ? and not exists (select 1 from enterprise_member m where m.user_id = u.id)""",
                "s" + kind.toLowerCase() + callId + "-%");
        return ids;
    }

    private String snapshot(long callId, App app, long enterpriseId, int i) {
        EnterpriseProfile profile = new EnterpriseProfile(enterpriseId, "统计样本企业" + enterpriseId,
                "9A%06d%010d".formatted(callId, i), app.division(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, 1);
        SectionContent.BasicInfo basic = new SectionContent.BasicInfo(app.modes(), null, app.technologies(),
                "智能制造示范项目" + (i + 1), app.division(), null, null, null, null, null);
        SectionContent.Plan plan = new SectionContent.Plan(List.of(), app.targets().stream()
                .map(t -> new SectionContent.Target(t.indicator(), t.unit(), t.before(), t.after())).toList(), null);
        DraftSections empty = DraftSections.empty();
        DraftSections sections = new DraftSections(basic, empty.overview(), empty.advancement(),
                empty.implementation(), empty.selfAssessment(), plan, empty.scenarios(), empty.attachments());
        return json.writeValueAsString(new ApplicationSnapshot(callId, "统计样本", "2020", app.division(), profile,
                sections, java.util.Map.of(), List.of()));
    }

    /**
     * The benchmark's data: {@code calls} calls from {@code firstYear} on, {@code perCall} applications each spread
     * over the divisions (weighted to the larger ones), modes, technologies, industries and steps, with the five
     * indicators, designations (some revoked, older ones expired) and enterprises registered apart; seeded.
     *
     * @return the calls' ids
     */
    public List<Long> generate(int calls, int perCall, long seed, int firstYear) {
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (int c = 0; c < calls; c++) {
            int year = firstYear + c;
            long call = call(year, LocalDate.of(year, 4, 30));
            List<App> apps = new ArrayList<>();
            for (int i = 0; i < perCall; i++) {
                apps.add(randomApp(random));
            }
            applications(call, year, apps, LocalDate.of(year, 9, 15));
            for (String division : DIVISIONS) {
                registered(call, division, random.nextInt(20), LocalDate.of(year, 3, 1).atStartOfDay());
            }
            ids.add(call);
        }
        return ids;
    }

    private static App randomApp(Random random) {
        // larger divisions first: Wuhan about a quarter, the forest district rarely
        int d = Math.min(DIVISIONS.length - 1, (int) Math.floor(Math.pow(random.nextDouble(), 1.8) * DIVISIONS.length));
        double r = random.nextDouble();
        Step step = r < 0.10 ? Step.DRAFT : r < 0.14 ? Step.WITHDRAWN : r < 0.25 ? Step.SUBMITTED
                : r < 0.33 ? Step.NOT_RECOMMENDED : r < 0.45 ? Step.RECOMMENDED : r < 0.50 ? Step.FORMAL_FAILED
                : r < 0.62 ? Step.FORMAL_PASSED : r < 0.74 ? Step.REVIEWED : r < 0.80 ? Step.PUBLICISED
                : Step.DESIGNATED;
        List<String> modes = new ArrayList<>(List.of(MODES[random.nextInt(5)]));
        if (random.nextInt(4) == 0) {
            String second = MODES[random.nextInt(6)];
            if (!modes.contains(second)) {
                modes.add(second);
            }
        }
        List<String> technologies = new ArrayList<>();
        for (String t : TECHNOLOGIES) {
            if (random.nextInt(3) == 0) {
                technologies.add(t);
            }
        }
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < INDICATORS.length; k++) {
            double before = 20 + random.nextInt(200);
            double change = random.nextGaussian() * 0.12 + 0.22;
            boolean decrease = k == 0 || k == 1 || k == 3;
            double after = decrease ? before * (1 - change) : before * (1 + change);
            targets.add(new Target(INDICATORS[k], UNITS[k], "%.1f".formatted(before),
                    "%.1f".formatted(Math.max(0, after))));
        }
        App app = new App(DIVISIONS[d], step, modes, technologies, targets,
                step == Step.DESIGNATED && random.nextInt(5) > 0 ? INDUSTRIES[random.nextInt(INDUSTRIES.length)] : null,
                step == Step.DESIGNATED && random.nextInt(25) == 0);
        return app;
    }

    private static Timestamp ts(LocalDateTime at) {
        return Timestamp.from(at.atZone(SHANGHAI).toInstant());
    }
}
