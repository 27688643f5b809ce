package cn.gov.hubei.jxt.pilot.notification.web;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cn.gov.hubei.jxt.pilot.Timestamps.sameInstant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inbox page, its API and the bell in the navigation, used by people who log in for real. */
@IntegrationTest
class InboxWebTest {

    static final String PASSWORD = "Inbox#2026";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;
    @Autowired Notifications notifications;
    @Autowired Inbox inbox;
    @Autowired JdbcClient jdbc;

    String owner;
    String other;
    Cookie ownerSession;
    Cookie otherSession;

    @BeforeEach
    void twoPeopleLoggedIn() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        owner = "inbox-" + id;
        other = "other-" + id;
        users.create(new NewAccount(owner, "张评审", owner + "@example.cn", null, Set.of(Role.EXPERT), null, null),
                PASSWORD, false);
        users.create(new NewAccount(other, "李评审", null, null, Set.of(Role.EXPERT), null, null), PASSWORD, false);
        ownerSession = login(owner);
        otherSession = login(other);
    }

    @Test
    void thePageShowsTheOwnersNoticesNewestFirstWithTimeSubjectAndBody() throws Exception {
        tell(owner, "申报书已退回：智能工厂建设项目", "您好：\n退回原因：附件不全。", "/applications/42");
        tell(owner, "申报书已推荐至省经信厅", "武汉市经济和信息化局已推荐。", null);
        tell(other, "李评审的通知", "别人的正文", null);
        List<InboxEntry> entries = inbox.list(owner, false, 20, 0);

        String page = mvc.perform(get("/inbox").cookie(ownerSession))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>我的通知 · ")
                .contains(">" + SHOWN.format(entries.get(0).createdAt()) + "</time>")
                .contains("<div class=\"text-pre-line small mt-1\">您好：\n退回原因：附件不全。</div>")
                .contains("href=\"/inbox/" + entries.get(1).id() + "/open\"")
                .contains("action=\"/inbox/" + entries.get(0).id() + "/read\"")
                .contains("未读（2）").contains("全部标为已读").contains("共 2 条")
                .doesNotContain("李评审的通知").doesNotContain("style=");
        assertThat(page.indexOf("申报书已推荐至省经信厅")).isLessThan(page.indexOf("申报书已退回：智能工厂建设项目"));
    }

    @Test
    void twentyNoticesAPage() throws Exception {
        for (int i = 1; i <= 25; i++) {
            tell(owner, "通知%02d号".formatted(i), "正文", null);
        }

        String first = mvc.perform(get("/inbox").cookie(ownerSession)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("通知25号", "通知06号", "第 1 / 2 页", "href=\"/inbox?page=2\"", "共 25 条")
                .doesNotContain("通知05号");
        String second = mvc.perform(get("/inbox").param("page", "2").cookie(ownerSession))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).contains("通知05号", "通知01号", "第 2 / 2 页", "href=\"/inbox\"").doesNotContain("通知06号");
        // A page beyond the last shows the last.
        assertThat(mvc.perform(get("/inbox").param("page", "9").cookie(ownerSession))
                .andReturn().getResponse().getContentAsString()).contains("通知01号", "第 2 / 2 页");
    }

    @Test
    void theUnreadFilterShowsOnlyUnreadNotices() throws Exception {
        tell(owner, "已读的通知", "一", null);
        tell(owner, "未读的通知", "二", null);
        inbox.markRead(owner, inbox.list(owner, false, 20, 0).get(1).id());

        mvc.perform(get("/inbox").param("unread", "true").cookie(ownerSession))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("未读的通知"), not(containsString("已读的通知")),
                        containsString("未读（1）"))));
        mvc.perform(get("/inbox").cookie(ownerSession))
                .andExpect(content().string(allOf(containsString("未读的通知"), containsString("已读的通知"))));
    }

    @Test
    void anEmptyInboxSaysSoAndTheBellHasNoBadge() throws Exception {
        mvc.perform(get("/inbox").cookie(ownerSession))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("暂无通知。"), containsString("bi bi-bell"),
                        containsString("aria-label=\"通知\""), not(containsString("inbox-badge")),
                        not(containsString("全部标为已读")))));
        mvc.perform(get("/inbox").param("unread", "true").cookie(ownerSession))
                .andExpect(content().string(containsString("没有未读通知。")));
    }

    @Test
    void theBellShowsTheExactNumberOfUnreadNotices() throws Exception {
        for (int i = 0; i < 3; i++) {
            tell(owner, "通知" + i, "正文", null);
        }
        tell(other, "别人的通知", "正文", null);

        mvc.perform(get("/").cookie(ownerSession))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("aria-label=\"通知（3 条未读）\""),
                        containsString("<span class=\"badge rounded-pill text-bg-danger\" id=\"inbox-badge\"><span>3</span>"
                                + "<span class=\"visually-hidden\">条未读通知</span></span>"))));
        mvc.perform(get("/").cookie(otherSession))
                .andExpect(content().string(containsString("id=\"inbox-badge\"><span>1</span>")));
    }

    @Test
    void theNavigationOfAVisitorWhoIsNotLoggedInHasNoBell() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/login\""), not(containsString("bi-bell")))));
        mvc.perform(get("/inbox")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/inbox/unread-count")).andExpect(status().isUnauthorized());
    }

    @Test
    void openingANoticeMarksItReadAndGoesToItsLink() throws Exception {
        tell(owner, "申报书已退回", "正文", "/applications/42?tab=review");
        long id = inbox.list(owner, false, 1, 0).get(0).id();

        mvc.perform(get("/inbox/" + id + "/open").cookie(ownerSession))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/applications/42?tab=review"));

        assertThat(inbox.find(owner, id).orElseThrow().unread()).isFalse();
    }

    @Test
    void someoneElsesNoticeIsNotFoundOnThePageAndInTheApi() throws Exception {
        tell(owner, "张评审的通知", "正文", "/applications/42");
        long id = inbox.list(owner, false, 1, 0).get(0).id();

        mvc.perform(get("/inbox/" + id + "/open").cookie(otherSession)).andExpect(status().isNotFound());
        mvc.perform(post("/inbox/" + id + "/read").cookie(otherSession).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inbox/" + id + "/read").cookie(otherSession).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("通知不存在"))
                .andExpect(jsonPath("$.detail").value("您的通知中没有编号为 " + id + " 的通知。"));

        assertThat(inbox.find(owner, id).orElseThrow().unread()).isTrue();
    }

    @Test
    void aLinkToAnotherSiteIsNeverFollowed() throws Exception {
        for (String link : new String[] {"//evil.example", "https://evil.example", "/\\evil.example"}) {
            // Notice refuses such links; a row written past it (by hand, or by an older version) must not be followed.
            long id = jdbc.sql("""
                            insert into notification_inbox (username, kind, subject, body, link, created_at)
                            values (:u, 'test.link', '外部链接', '正文', :link, now()) returning id""")
                    .param("u", owner).param("link", link).query(Long.class).single();

            mvc.perform(get("/inbox/" + id + "/open").cookie(ownerSession))
                    .andExpect(redirectedUrl("/inbox"));
            assertThat(inbox.find(owner, id).orElseThrow().unread()).as(link).isFalse();
        }
        tell(owner, "没有链接", "正文", null);
        long withoutLink = inbox.list(owner, false, 1, 0).get(0).id();
        mvc.perform(get("/inbox/" + withoutLink + "/open").cookie(ownerSession)).andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void markingOneOrAllRead() throws Exception {
        for (int i = 0; i < 3; i++) {
            tell(owner, "通知" + i, "正文", null);
        }
        tell(other, "别人的通知", "正文", null);
        long newest = inbox.list(owner, false, 1, 0).get(0).id();

        mvc.perform(post("/inbox/" + newest + "/read").param("unread", "true").cookie(ownerSession).with(csrf()))
                .andExpect(redirectedUrl("/inbox?unread=true"));
        assertThat(inbox.unreadCount(owner)).isEqualTo(2);

        mvc.perform(post("/inbox/read-all").cookie(ownerSession)).andExpect(status().isForbidden());
        mvc.perform(post("/inbox/read-all").cookie(ownerSession).with(csrf()))
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("markedRead", 2));
        assertThat(inbox.unreadCount(owner)).isZero();
        assertThat(inbox.unreadCount(other)).isEqualTo(1);
    }

    @Test
    void theApiListsCountsAndMarksTheCallersOwnNotices() throws Exception {
        tell(owner, "第一条", "一", null);
        tell(owner, "第二条", "二\n第二行", "/applications/7");
        tell(other, "别人的通知", "正文", null);
        List<InboxEntry> entries = inbox.list(owner, false, 20, 0);

        mvc.perform(get("/api/v1/inbox").cookie(ownerSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].id").value(entries.get(0).id()))
                .andExpect(jsonPath("$.entries[0].kind").value("test.notice"))
                .andExpect(jsonPath("$.entries[0].subject").value("第二条"))
                .andExpect(jsonPath("$.entries[0].body").value("二\n第二行"))
                .andExpect(jsonPath("$.entries[0].link").value("/applications/7"))
                .andExpect(jsonPath("$.entries[0].createdAt").value(sameInstant(entries.get(0).createdAt())))
                .andExpect(jsonPath("$.entries[0].readAt").isEmpty())
                .andExpect(jsonPath("$.entries[0].unread").value(true))
                .andExpect(jsonPath("$.entries[1].subject").value("第一条"));
        mvc.perform(get("/api/v1/inbox/unread-count").cookie(ownerSession))
                .andExpect(content().json("{\"unread\": 2}"));

        mvc.perform(post("/api/v1/inbox/" + entries.get(1).id() + "/read").cookie(ownerSession).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/inbox").param("unread", "true").cookie(ownerSession))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].subject").value("第二条"));
        mvc.perform(get("/api/v1/inbox").param("page", "1").cookie(ownerSession))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.entries.length()").value(0));

        mvc.perform(post("/api/v1/inbox/read-all").cookie(ownerSession).with(csrf()))
                .andExpect(content().json("{\"marked\": 1}"));
        mvc.perform(get("/api/v1/inbox/unread-count").cookie(ownerSession))
                .andExpect(content().json("{\"unread\": 0}"));
        mvc.perform(get("/api/v1/inbox/unread-count").cookie(otherSession))
                .andExpect(content().json("{\"unread\": 1}"));
    }

    @Test
    void theApiRefusesAnInvalidPageInWords() throws Exception {
        mvc.perform(get("/api/v1/inbox").param("page", "-1").cookie(ownerSession))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求参数有误"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("页码须为从 0 开始的整数。"));
        mvc.perform(get("/api/v1/inbox").param("page", "x").cookie(ownerSession))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/inbox'].get.summary")
                        .value("The caller's notices, newest first, 20 per page"))
                .andExpect(jsonPath("$.paths['/api/v1/inbox/unread-count'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inbox/{id}/read'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inbox/read-all'].post").exists());
    }

    void tell(String username, String subject, String body, String link) {
        notifications.notify(List.of(new Recipient(username, null)), new Notice("test.notice", subject, body, link));
    }

    Cookie login(String username) throws Exception {
        return Sessions.of(mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn());
    }

}
