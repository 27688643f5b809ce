package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gov.hubei.jxt.pilot.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Objections end to end on the real database, against a released notice: the period and the real-name rule with their
 * exact messages, the checks of the fields, the rate limits, receipt numbers under parallel submissions, double
 * submits, the sealed columns, the lookup, the public form with its challenge, and the office's handling up to taking
 * the project off the list.
 */
@IntegrationTest
class ObjectionsTest {

    static ObjectionWorld shared;
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired ObjectionSubmissions submissions;
    @Autowired ObjectionCases cases;
    @Autowired Objections objections;
    @Autowired PublicNotices notices;

    ObjectionWorld w;

    @BeforeEach
    void notice() {
        if (shared == null) {
            shared = new ObjectionWorld(context);
        }
        w = shared;
        clock.set(ObjectionWorld.DURING);
    }

    static String unique() {
        return System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    static String address() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256) + "." + System.nanoTime() % 1000;
    }

    String json(String name, String idType, String idNumber, String email, String key) {
        return """
                {"noticeId":%d,"applicationId":%d,"name":%s,"idType":"%s","idNumber":%s,"organisationName":%s,
                 "telephone":"13812345678","email":"%s","facts":"该项目申报的生产效率提升数据与实际不符，车间仍以人工为主。",
                 "consent":true,"idempotencyKey":"%s"}"""
                .formatted(w.notice.id(), w.firstProject(), name == null ? "null" : "\"" + name + "\"", idType,
                        idNumber == null ? "null" : "\"" + idNumber + "\"",
                        idType.equals("CREDIT_CODE") ? "\"宜昌某某有限公司\"" : "null", email, key);
    }

    MockHttpServletRequestBuilder api(String body, String address) {
        return post("/api/v1/public/objections").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
    }

    String validJson(String email) {
        return json("张三", "RESIDENT_ID", "11010519491231002X", email, "key-" + unique());
    }

    long count() {
        return jdbc.sql("select count(*) from objection_case").query(Long.class).single();
    }

    @Test
    void anAnonymousObjectionIsRefusedWithTheRuleAndWritesNothing() throws Exception {
        long before = count();
        mvc.perform(api(json(null, "RESIDENT_ID", null, "anon" + unique() + "@example.cn", "key-" + unique()),
                        address()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("根据实名原则，匿名异议不予受理。请填写真实姓名和有效证件号码（单位请填写统一社会信用代码）。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("请填写姓名。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message").value("请填写证件号码。"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void beforeTheStartAndAfterTheEndTheObjectionIsRefusedWithThePeriod() throws Exception {
        long before = count();
        clock.set(ObjectionWorld.BEFORE);
        mvc.perform(api(validJson("early" + unique() + "@example.cn"), address()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(
                        "本次公示期为 2026-09-30 至 2026-10-12，公示尚未开始，公示期外提出的异议不予受理。"));
        clock.set(ObjectionWorld.AFTER);
        mvc.perform(api(validJson("late" + unique() + "@example.cn"), address()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(
                        "本次公示期为 2026-09-30 至 2026-10-12，公示期已结束，公示期外提出的异议不予受理。"));
        String page = mvc.perform(get("/public/objections/new").param("notice", String.valueOf(w.notice.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("本次公示期为 2026-09-30 至 2026-10-12，公示期已结束").doesNotContain("submit-objection");
        assertThat(count()).isEqualTo(before);
        clock.set(ObjectionWorld.LAST_MINUTE);
        mvc.perform(api(validJson("last" + unique() + "@example.cn"), address())).andExpect(status().isCreated());
    }

    @Test
    void theDocumentNumbersAreCheckedBesideTheirField() throws Exception {
        mvc.perform(api(json("张三", "RESIDENT_ID", "110105194912310021", "id" + unique() + "@example.cn",
                        "key-" + unique()), address()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("居民身份证号码应为 18 位，且最后一位校验码须正确。"));
        mvc.perform(api(json("李四", "CREDIT_CODE", "91420500MA4F00000X", "cc" + unique() + "@example.cn",
                        "key-" + unique()), address()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码应为 18 位，且校验码须正确。"));
        String code = UnifiedSocialCreditCode.forEnterprise("420500", "7000001A").value();
        mvc.perform(api(json("李四", "CREDIT_CODE", code, "cc" + unique() + "@example.cn", "key-" + unique()),
                        address()))
                .andExpect(status().isCreated());
    }

    @Test
    void aReceiptNumberAndAMailedCodeAndTheColumnsAreSealed() throws Exception {
        String email = "wang" + unique() + "@example.cn";
        String body = json("王小明", "RESIDENT_ID", "11010519491231002X", email, "key-" + unique())
                .replace("13812345678", "13987654321");
        String receipt = com.jayway.jsonpath.JsonPath.read(mvc.perform(api(body, address()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.repeated").value(false))
                .andReturn().getResponse().getContentAsString(), "$.receiptNumber");
        assertThat(receipt).matches("YY-2026-\\d{4}");
        Map<String, Object> row = jdbc.sql("select * from objection_case where receipt_number = :r")
                .param("r", receipt).query().singleRow();
        for (String column : List.of("name_enc", "id_number_enc", "telephone_enc", "email_enc", "facts_enc")) {
            String stored = (String) row.get(column);
            assertThat(stored).as(column).startsWith("sm4gcm:test1:");
            for (String secret : List.of("王小明", "小明", "11010519491231002X", "1949", "13987654321", "8765", email,
                    "example.cn", "生产效率")) {
                assertThat(stored).as(column).doesNotContain(secret);
            }
        }
        assertThat(cipher.decrypt((String) row.get("name_enc"))).isEqualTo("王小明");
        assertThat(cipher.decrypt((String) row.get("telephone_enc"))).isEqualTo("13987654321");
        assertThat(row.get("email_digest")).isEqualTo(cipher.digest(email));
        String anyPlain = jdbc.sql("""
                        select count(*) from objection_case where receipt_number = :r and (
                          name_enc like '%王%' or id_number_enc like '%1949%' or email_enc like '%example%'
                          or telephone_enc like '%13987654321%')""").param("r", receipt).query(String.class).single();
        assertThat(anyPlain).isEqualTo("0");
        assertThat(mail(email)).contains("回执号：" + receipt).containsPattern("查询码：[A-Z2-9]{8}")
                .contains("/public/objections/lookup").doesNotContain("王小明");
    }

    @Test
    void theLookupShowsTheStepsMaskedAndAWrongCodeIsAnsweredLikeAnUnknownReceipt() throws Exception {
        String email = "look" + unique() + "@example.cn";
        String receipt = submit(email, address()).receiptNumber();
        String code = code(email);
        mvc.perform(post("/api/v1/public/objections/lookup").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\":\"" + receipt + "\",\"code\":\"" + code + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.maskedName").value("张*"))
                .andExpect(jsonPath("$.maskedEmail").value(email.charAt(0) + "***@example.cn"))
                .andExpect(jsonPath("$.steps[0].kind").value("RECEIVED"));
        String wrong = mvc.perform(post("/api/v1/public/objections/lookup").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\":\"" + receipt + "\",\"code\":\"AAAAAAAA\"}"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/api/v1/public/objections/lookup").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\":\"YY-2026-9999\",\"code\":\"" + code + "\"}"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(wrong.replaceAll("\"instance\":\"[^\"]*\"", "")).isEqualTo(unknown.replaceAll("\"instance\":\"[^\"]*\"", ""));
        String page = mvc.perform(post("/public/objections/lookup").with(csrf()).param("receiptNumber", receipt)
                .param("code", code)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已收到").contains("张*").doesNotContain("11010519491231002X");
    }

    @Test
    void theSixthFromOneAddressIsRefusedWithTheTimeToRetryAndAnotherAddressPasses() throws Exception {
        String from = address();
        for (int i = 0; i < 5; i++) {
            mvc.perform(api(validJson("rate" + unique() + "@example.cn"), from)).andExpect(status().isCreated());
        }
        mvc.perform(api(validJson("rate" + unique() + "@example.cn"), from))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "720"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(720))
                .andExpect(jsonPath("$.detail").value("提交过于频繁，请约 12 分钟后再试。"));
        mvc.perform(api(validJson("rate" + unique() + "@example.cn"), address())).andExpect(status().isCreated());
    }

    @Test
    void theFourthForOneEmailAddressInADayIsRefused() throws Exception {
        String email = "Same" + unique() + "@Example.cn";
        for (int i = 0; i < 3; i++) {
            mvc.perform(api(validJson(i == 1 ? email.toLowerCase() : email), address())).andExpect(status().isCreated());
        }
        mvc.perform(api(validJson(email), address()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "28800"));
    }

    @Test
    void aDoubleSubmitIsOneCase() throws Exception {
        String body = validJson("twice" + unique() + "@example.cn");
        long before = count();
        String first = mvc.perform(api(body, address())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String again = mvc.perform(api(body, address())).andExpect(status().isOk())
                .andExpect(jsonPath("$.repeated").value(true)).andReturn().getResponse().getContentAsString();
        assertThat((String) com.jayway.jsonpath.JsonPath.read(again, "$.receiptNumber"))
                .isEqualTo(com.jayway.jsonpath.JsonPath.read(first, "$.receiptNumber"));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void receiptNumbersAreUniqueAndConsecutiveUnderParallelSubmissions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SubmittedObjection>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String email = "par" + unique() + "@example.cn";
                String from = address();
                futures.add(pool.submit((Callable<SubmittedObjection>) () -> submit(email, from)));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<SubmittedObjection> f : futures) {
                String receipt = f.get().receiptNumber();
                numbers.add(Integer.parseInt(receipt.substring("YY-2026-".length())));
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(16);
            assertThat(numbers.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - numbers.stream().mapToInt(Integer::intValue).min().orElseThrow()).isEqualTo(15);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thePublicFormAsksTheChallengeAndRefusesAWrongAnswerBesideItsField() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/public/objections/new")
                .param("notice", String.valueOf(w.notice.id()))).andExpect(status().isOk()).andReturn().getResponse();
        Cookie session = first.getCookie("SESSION");
        assertThat(session).isNotNull();
        String form = first.getContentAsString();
        assertThat(form).contains("验证问题：").contains("匿名异议不予受理").contains("submit-objection");
        String email = "form" + unique() + "@example.cn";
        String token = "form-" + unique();
        String wrong = mvc.perform(formPost(session, email, token, String.valueOf(answer(form) + 1)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"answer-error\"").contains("验证问题回答不正确");
        MvcResult ok = mvc.perform(formPost(session, email, token, String.valueOf(answer(wrong))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/objections/receipt"))
                .andReturn();
        assertThat((String) ok.getFlashMap().get("receipt")).matches("YY-2026-\\d{4}");
        // the answer is used once: the same answer again is refused
        MockHttpServletResponse replay = mvc.perform(formPost(session, email, "form-" + unique(),
                String.valueOf(answer(wrong)))).andReturn().getResponse();
        assertThat(replay.getStatus()).as(replay.getRedirectedUrl() + " " + replay.getContentAsString()).isEqualTo(422);

        // without a name: the rule, and the problem beside the field
        MockHttpServletResponse other = mvc.perform(get("/public/objections/new")
                .param("notice", String.valueOf(w.notice.id()))).andReturn().getResponse();
        String anonymous = mvc.perform(formPost(other.getCookie("SESSION"), "anon" + unique() + "@example.cn",
                        "form-" + unique(), String.valueOf(answer(other.getContentAsString())), ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(anonymous).contains("根据实名原则，匿名异议不予受理").contains("id=\"name-error\"");
    }

    static int answer(String page) {
        Matcher m = Pattern.compile("验证问题：(\\d+) 加 (\\d+)").matcher(page);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
    }

    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder formPost(Cookie session,
            String email, String token, String answer) {
        return formPost(session, email, token, answer, "赵六");
    }

    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder formPost(Cookie session,
            String email, String token, String answer, String name) {
        return multipart("/public/objections").param("notice", String.valueOf(w.notice.id())).cookie(session)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address());
                    return r;
                })
                .param("applicationId", String.valueOf(w.firstProject())).param("name", name)
                .param("idType", "PASSPORT").param("idNumber", "E12345678").param("telephone", "027-87654321")
                .param("email", email).param("facts", "示范场景描述与现场情况不一致。").param("consent", "true")
                .param("token", token).param("answer", answer);
    }

    @Test
    void theOfficeAcceptsAndUpholdsAndTakesTheProjectOffTheListAndTheObjectorIsToldEachStep() throws Exception {
        String email = "upheld" + unique() + "@example.cn";
        SubmittedObjection s = submit(email, address(), w.secondProject());
        var officer = ObjectionWorld.officer();
        ObjectionRow row = cases.ofNotice(w.notice.id(), officer).stream().filter(r -> r.id() == s.caseId())
                .findFirst().orElseThrow();
        assertThat(row.maskedName()).isEqualTo("张*");
        assertThat(row.maskedTelephone()).isEqualTo("138****5678");
        assertThat(row.maskedIdNumber()).isEqualTo("110***********002X");
        assertThat(row.maskedEmail()).isEqualTo("u***@example.cn");
        String list = mvc.perform(get("/objections").param("notice", String.valueOf(w.notice.id()))
                .with(as("officer", Role.OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(s.receiptNumber()).contains("138****5678").doesNotContain("13812345678")
                .doesNotContain("11010519491231002X");

        long viewed = audited("objection.viewed", s.caseId());
        String page = mvc.perform(get("/objections/" + s.caseId()).with(as("officer", Role.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("11010519491231002X").contains("13812345678").contains(email);
        assertThat(audited("objection.viewed", s.caseId())).isEqualTo(viewed + 1);

        assertThatThrownBy(() -> cases.take(s.caseId(), ObjectionTransition.UPHOLD, "理由", null, null, officer))
                .isInstanceOf(ObjectionRefusedException.class);
        cases.take(s.caseId(), ObjectionTransition.ACCEPT, null, null, null, officer);
        assertThat(objections.unconcluded(w.notice.id())).isPositive();
        cases.addNote(s.caseId(), "已电话核实企业，调取车间照片。", List.of(), officer);
        assertThatThrownBy(() -> cases.take(s.caseId(), ObjectionTransition.DISMISS, " ", null, null, officer))
                .isInstanceOf(ObjectionRejectedException.class);
        mvc.perform(post("/objections/" + s.caseId() + "/transitions/uphold").with(csrf())
                        .with(as("officer", Role.OFFICER))
                        .param("reason", "经现场核查，项目生产效率数据与实际不符，异议成立。")
                        .param("removalReason", "经核实，项目主要指标数据与实际不符。"))
                .andExpect(status().is3xxRedirection());
        ObjectionCase c = cases.open(s.caseId(), officer);
        assertThat(c.status()).isEqualTo(ObjectionStatus.UPHELD);
        assertThat(c.removedFromList()).isTrue();
        assertThat(c.steps()).extracting(ObjectionStep::kind)
                .containsExactly("RECEIVED", "ACCEPTED", "NOTE", "UPHELD", "REMOVED");
        assertThat(notices.entry(w.notice.id(), w.secondProject()).orElseThrow().listed()).isFalse();
        assertThat(subjects(email)).containsExactly("异议已收到（回执号 " + s.receiptNumber() + "）",
                "异议 " + s.receiptNumber() + "：已受理", "异议 " + s.receiptNumber() + "：异议成立",
                "异议 " + s.receiptNumber() + "：项目已从公示名单撤下");
        assertThat(audited("objection.upheld", s.caseId())).isEqualTo(1);
        assertThat(audited("objection.removed-from-list", s.caseId())).isEqualTo(1);
        // the lookup shows the published steps, not the internal note
        String lookup = mvc.perform(post("/api/v1/public/objections/lookup").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\":\"" + s.receiptNumber() + "\",\"code\":\"" + code(email) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UPHELD"))
                .andReturn().getResponse().getContentAsString();
        assertThat(lookup).contains("经核实，项目主要指标数据与实际不符。").doesNotContain("已电话核实企业");
        // a project no longer listed takes no new objection
        mvc.perform(api(validJson("gone" + unique() + "@example.cn").replace(
                        "\"applicationId\":" + w.firstProject(), "\"applicationId\":" + w.secondProject()), address()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
        assertThat(objections.counts(w.notice.id())).containsKeys("RECEIVED", "ACCEPTED", "DECLINED", "UPHELD",
                "DISMISSED");
    }

    @Test
    void onlyTheOfficeSeesObjectionsAndAGuessedIdIsNotFound() throws Exception {
        SubmittedObjection s = submit("seen" + unique() + "@example.cn", address());
        mvc.perform(get("/objections/" + s.caseId()).with(as("yichang", Role.RECOMMENDER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/objections/" + s.caseId()).with(as("applicant", Role.APPLICANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/objections/" + s.caseId()).with(as("sysadmin", Role.SYSTEM_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/objections/" + s.caseId()).with(as("officer", Role.OFFICER, Role.AUDIT_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/objections/99999999").with(as("officer", Role.OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/objections").param("notice", String.valueOf(w.notice.id()))
                        .with(as("officer", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.receiptNumber == '" + s.receiptNumber() + "')].telephone").value("138****5678"));
        mvc.perform(post("/api/v1/objections/" + s.caseId() + "/transitions/decline")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}")
                        .with(csrf()).with(as("officer", Role.OFFICER)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/objections/" + s.caseId() + "/transitions/decline")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"异议未提供具体事实。\"}")
                        .with(csrf()).with(as("officer", Role.OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECLINED"));
        mvc.perform(post("/api/v1/objections/" + s.caseId() + "/transitions/accept")
                        .contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(csrf()).with(as("officer", Role.OFFICER)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该异议当前状态为“不予受理”，不能受理。"));
    }

    SubmittedObjection submit(String email, String from) {
        return submit(email, from, w.firstProject());
    }

    SubmittedObjection submit(String email, String from, long project) {
        return submissions.submit(new NewObjection(w.notice.id(), project, "张三", "RESIDENT_ID",
                "11010519491231002X", null, "13812345678", email, "该项目的示范场景未实际投用。", true,
                "key-" + unique(), List.of()), from);
    }

    String mail(String email) {
        return jdbc.sql("select body from mail_outbox where recipient = :r order by id limit 1").param("r", email)
                .query(String.class).single();
    }

    List<String> subjects(String email) {
        return jdbc.sql("select subject from mail_outbox where recipient = :r order by id").param("r", email)
                .query(String.class).list();
    }

    String code(String email) {
        Matcher m = Pattern.compile("查询码：([A-Z2-9]{8})").matcher(mail(email));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    long audited(String action, long caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and target_type = 'objection_case' "
                + "and target_id = :id").param("a", action).param("id", String.valueOf(caseId))
                .query(Long.class).single();
    }
}
