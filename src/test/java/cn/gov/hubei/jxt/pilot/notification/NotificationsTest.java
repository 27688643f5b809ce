package cn.gov.hubei.jxt.pilot.notification;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Telling people of a decision: inbox entries and outbox mails in the caller's transaction. This context has no
 * {@code app.public-base-url}, so a mail carries the link as a path; {@code MailDeliveryTest} sets one.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsTest {

    @Autowired Notifications notifications;
    @Autowired Inbox inbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    final String id = UUID.randomUUID().toString().substring(0, 8);
    final String zhang = "zhang-" + id;
    final String li = "li-" + id;
    final String zhangMail = "zhang-" + id + "@example.cn";
    final String liMail = "li-" + id + "@example.cn";
    final Notice returned = new Notice("application.returned", "申报书已退回：智能工厂建设项目",
            "您好：\n\n武汉市经济和信息化局退回了您的申报书，原因：附件不全。\n", "/applications/42");

    @Test
    void writesOneInboxEntryPerPersonAndOneMailPerAddressInTheCallersTransaction() throws Exception {
        transactions.executeWithoutResult(status -> {
            notifications.notify(List.of(new Recipient(zhang, zhangMail), new Recipient(li, liMail)), returned);

            assertThat(inboxRows(zhang) + inboxRows(li)).isEqualTo(2);
            assertThat(mails(zhangMail) + mails(liMail)).isEqualTo(2);
            // Another connection does not see them before the commit.
            assertThat(CompletableFuture.supplyAsync(() -> inboxRows(zhang) + mails(zhangMail)).join()).isZero();
        });

        InboxEntry entry = inbox.list(zhang, false, 20, 0).get(0);
        assertThat(entry.kind()).isEqualTo("application.returned");
        assertThat(entry.subject()).isEqualTo("申报书已退回：智能工厂建设项目");
        assertThat(entry.body()).isEqualTo("您好：\n\n武汉市经济和信息化局退回了您的申报书，原因：附件不全。\n");
        assertThat(entry.link()).isEqualTo("/applications/42");
        assertThat(entry.unread()).isTrue();
        assertThat(inbox.list(li, false, 20, 0)).hasSize(1);

        var mail = jdbc.sql("select subject, body from mail_outbox where recipient = :r").param("r", zhangMail)
                .query().singleRow();
        assertThat(mail.get("subject")).isEqualTo("申报书已退回：智能工厂建设项目");
        assertThat(mail.get("body")).isEqualTo(
                "您好：\n\n武汉市经济和信息化局退回了您的申报书，原因：附件不全。\n\n/applications/42");
    }

    @Test
    void writesNothingWhenTheCallersTransactionRollsBack() {
        transactions.executeWithoutResult(status -> {
            notifications.notify(List.of(new Recipient(zhang, zhangMail)), returned);
            status.setRollbackOnly();
        });

        assertThat(inboxRows(zhang)).isZero();
        assertThat(mails(zhangMail)).isZero();
    }

    @Test
    void aPersonNamedTwiceIsToldOnceAndAnAddressSharedOrSpeltInAnotherCaseGetsOneMail() {
        notifications.notify(List.of(new Recipient(zhang, zhangMail), new Recipient(zhang.toUpperCase(), zhangMail),
                new Recipient(" " + zhang, null), new Recipient(li, zhangMail.toUpperCase())), returned);

        assertThat(inboxRows(zhang)).isEqualTo(1);
        assertThat(inboxRows(li)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where lower(recipient) = :r").param("r", zhangMail)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPersonWithoutAnAddressGetsOnlyTheInboxEntry() {
        long mailsBefore = allMails();

        transactions.executeWithoutResult(status -> {
            notifications.notify(List.of(new Recipient(zhang, null), new Recipient(li, " ")), returned);
            assertThat(allMails()).isEqualTo(mailsBefore);
        });

        assertThat(inboxRows(zhang)).isEqualTo(1);
        assertThat(inboxRows(li)).isEqualTo(1);
    }

    @Test
    void anInvalidAddressIsSkippedWithAWarningAndTheDecisionGoesThrough(CapturedOutput output) {
        String invalid = "zhang-" + id + "@";

        transactions.executeWithoutResult(status -> {
            notifications.notify(List.of(new Recipient(zhang, invalid), new Recipient(li, liMail)), returned);
            jdbc.sql("select 1").query(Integer.class).single(); // the transaction is still usable
        });

        assertThat(inboxRows(zhang)).isEqualTo(1);
        assertThat(inboxRows(li)).isEqualTo(1);
        assertThat(mails(invalid)).isZero();
        assertThat(mails(liMail)).isEqualTo(1);
        assertThat(output).contains("WARN").contains("Notice application.returned to " + zhang
                + ": the account's e-mail address '" + invalid + "' is not a valid address");
    }

    @Test
    void aLongSubjectIsShortenedToFitTheInboxAndTheMail() {
        String subject = "申报书已退回：" + "长".repeat(400);

        notifications.notify(List.of(new Recipient(zhang, zhangMail)), new Notice("application.returned", subject,
                "正文", null));

        assertThat(inbox.list(zhang, false, 1, 0).get(0).subject()).hasSize(300).endsWith("长…");
        var mail = jdbc.sql("select subject, body from mail_outbox where recipient = :r").param("r", zhangMail)
                .query().singleRow();
        assertThat((String) mail.get("subject")).hasSize(200).startsWith("申报书已退回：长").endsWith("长…");
        assertThat(mail.get("body")).isEqualTo("正文");
    }

    @Test
    void theInboxListsCountsAndMarksOnlyItsOwnersEntries() {
        notifications.notify(List.of(new Recipient(zhang, null)), new Notice("application.returned", "第一条", "一", null));
        notifications.notify(List.of(new Recipient(zhang, null)), new Notice("application.recommended", "第二条", "二", null));
        notifications.notify(List.of(new Recipient(zhang, null)), new Notice("review.result", "第三条", "三", "/a/3"));
        notifications.notify(List.of(new Recipient(li, null)), new Notice("review.result", "李的通知", "四", null));

        List<InboxEntry> all = inbox.list(zhang, false, 20, 0);
        assertThat(all).extracting(InboxEntry::subject).containsExactly("第三条", "第二条", "第一条");
        assertThat(inbox.list(zhang, false, 2, 1)).extracting(InboxEntry::subject).containsExactly("第二条", "第一条");
        assertThat(inbox.count(zhang, false)).isEqualTo(3);
        assertThat(inbox.unreadCount(zhang)).isEqualTo(3);

        long second = all.get(1).id();
        long lisEntry = inbox.list(li, false, 20, 0).get(0).id();
        assertThat(inbox.markRead(zhang, second)).isTrue();
        assertThat(inbox.markRead(zhang, lisEntry)).isFalse();
        assertThat(inbox.find(zhang, lisEntry)).isEmpty();
        assertThat(inbox.unreadCount(li)).isEqualTo(1);

        assertThat(inbox.unreadCount(zhang)).isEqualTo(2);
        assertThat(inbox.count(zhang, true)).isEqualTo(2);
        assertThat(inbox.list(zhang, true, 20, 0)).extracting(InboxEntry::subject).containsExactly("第三条", "第一条");
        InboxEntry read = inbox.find(zhang, second).orElseThrow();
        assertThat(read.unread()).isFalse();
        // Read again: still the user's, and it keeps the time it was first read.
        assertThat(inbox.markRead(zhang, second)).isTrue();
        assertThat(inbox.find(zhang, second).orElseThrow().readAt()).isEqualTo(read.readAt());

        assertThat(inbox.markAllRead(zhang)).isEqualTo(2);
        assertThat(inbox.markAllRead(zhang)).isZero();
        assertThat(inbox.unreadCount(zhang)).isZero();
        assertThat(inbox.unreadCount(li)).isEqualTo(1);
    }

    @Test
    void anInboxWithoutEntriesIsEmpty() {
        assertThat(inbox.list(zhang, false, 20, 0)).isEmpty();
        assertThat(inbox.unreadCount(zhang)).isZero();
        assertThat(inbox.markAllRead(zhang)).isZero();
        assertThatThrownBy(() -> inbox.list(zhang, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inbox.list(zhang, false, 20, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    long inboxRows(String username) {
        return jdbc.sql("select count(*) from notification_inbox where username = :u").param("u", username)
                .query(Long.class).single();
    }

    long mails(String address) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", address)
                .query(Long.class).single();
    }

    long allMails() {
        return jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
    }
}
