package cn.gov.hubei.jxt.pilot.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTest {

    @Test
    void aLinkIsAPathOfThisApplication() {
        assertThat(new Notice("application.returned", "主题", "正文", "/applications/42").link()).isEqualTo("/applications/42");
        assertThat(new Notice("application.returned", "主题", "正文", "/").link()).isEqualTo("/");
        assertThat(new Notice("application.returned", "主题", "正文", "/applications?status=RETURNED#top").link())
                .isEqualTo("/applications?status=RETURNED#top");
        assertThat(new Notice("application.returned", "主题", "正文", null).link()).isNull();
        assertThat(new Notice("application.returned", "主题", "正文", " ").link()).isNull();
    }

    @Test
    void refusesLinksThatLeaveTheApplication() {
        for (String link : new String[] {"//evil.example", "https://evil.example", "/\\evil.example", "/\t/evil.example",
                "javascript:alert(1)", "applications/42", "/applications/42\r\nSet-Cookie: x=1", "/a b",
                "/" + "a".repeat(Notice.MAX_LINK_LENGTH)}) {
            assertThat(Notice.isApplicationPath(link) && link.length() <= Notice.MAX_LINK_LENGTH).as(link).isFalse();
            assertThatThrownBy(() -> new Notice("application.returned", "主题", "正文", link))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesAKindThatIsNoShortCodeAndAMissingSubjectOrBody() {
        for (String kind : new String[] {null, "", "Application.Returned", "退回", "a".repeat(65), ".returned"}) {
            assertThatThrownBy(() -> new Notice(kind, "主题", "正文", null)).as(kind)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Notice("application.returned", " \n", "正文", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("application.returned", "主题", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecipientNeedsAUserNameButNotAnAddress() {
        assertThat(new Recipient("zhangsan", null).email()).isNull();
        assertThatThrownBy(() -> new Recipient(" ", "zhangsan@example.cn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recipient(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryIsUnreadUntilItHasAReadTime() {
        java.time.Instant at = java.time.Instant.parse("2026-03-02T01:00:00Z");
        assertThat(new InboxEntry(1, "k", "s", "b", null, at, null).unread()).isTrue();
        assertThat(new InboxEntry(1, "k", "s", "b", null, at, at).unread()).isFalse();
    }
}
