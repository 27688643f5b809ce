package cn.gov.hubei.jxt.pilot.notification.internal;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail from the outbox to a real SMTP server (GreenMail on a free port of this machine). The clock stands in 2090, so
 * mails other tests leave pending (whose clocks are earlier) go out first, in {@link #drainWhatOthersLeft}; the
 * scheduled jobs are off in tests and the tests call the sender themselves. Its own application context: the mail
 * sender points at this class's SMTP server and the mails carry a sender address and a public base URL.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "app.notification.from-address=no-reply@jxt.hubei.example",
        "app.public-base-url=https://znzz.example.cn/"
})
class MailDeliveryTest {

    static final int SMTP_PORT = freePort();
    static final LocalDateTime NOW = LocalDateTime.of(2090, 3, 2, 9, 0);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired Mailbox mailbox;
    @Autowired Notifications notifications;
    @Autowired Inbox inbox;
    @Autowired OutboxSender sender;
    @Autowired MailOutbox outbox;
    @Autowired MailTransport transport;
    @Autowired NotificationProperties properties;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxHealth outboxHealth;
    @Autowired MockMvc mvc;

    final String recipient = "contact-" + UUID.randomUUID() + "@example.cn";
    final String username = "notice-" + UUID.randomUUID().toString().substring(0, 8);
    final Notice returned = new Notice("application.returned", "申报书已退回：智能工厂建设项目",
            "您好：\n\n武汉市经济和信息化局退回了您的申报书，请补正后重新提交。\n", "/applications/42");

    @BeforeEach
    void drainWhatOthersLeft() {
        clock.set(NOW);
        // Mail left pending by earlier tests goes out first, so each test starts with only its own mail due.
        while (sender.deliverDue() > 0) {
            // keep delivering
        }
    }

    @Test
    void deliversACommittedMailAfterTheCommit() throws Exception {
        transactions.executeWithoutResult(status -> {
            mailbox.sendMail(recipient, "申报书已提交：智能工厂建设项目", "您好：\n\n您的申报书已提交至武汉市经济和信息化局。\n");
            assertThat(messagesTo(recipient)).isEmpty();
        });
        assertThat(row().get("status")).isEqualTo("PENDING");

        assertThat(sender.deliverDue()).isEqualTo(1);

        List<MimeMessage> received = messagesTo(recipient);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("申报书已提交：智能工厂建设项目");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .isEqualTo("您好：\n\n您的申报书已提交至武汉市经济和信息化局。\n");
        assertThat(mail.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@jxt.hubei.example");
        assertThat(from.getPersonal()).isEqualTo("湖北省智能制造试点示范项目管理系统");
        Map<String, Object> row = row();
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(((Timestamp) row.get("sent_at")).toInstant()).isEqualTo(clock.instant());
        assertThat(row.get("last_error")).isNull();
    }

    @Test
    void sendsNothingWhenTheTransactionRollsBack() throws Exception {
        transactions.executeWithoutResult(status -> {
            mailbox.sendMail(recipient, "申报书已退回", "请修改后重新提交。");
            status.setRollbackOnly();
        });

        sender.deliverDue();

        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", recipient)
                .query(Long.class).single()).isZero();
        assertThat(messagesTo(recipient)).isEmpty();
    }

    @Test
    void keepsTheMailPendingWhileTheServerIsDownAndDeliversItOnceWhenItIsBack() throws Exception {
        smtp.stop();
        try {
            mailbox.sendMail(recipient, "邮箱地址确认", "请点击以下链接确认邮箱地址：https://example.cn/confirm/abc");

            assertThat(sender.deliverDue()).isZero();

            Map<String, Object> row = row();
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat(((Timestamp) row.get("next_attempt_at")).toInstant())
                    .isEqualTo(clock.instant().plus(Duration.ofSeconds(30)));
            assertThat((String) row.get("last_error")).contains("MailSendException").contains("Connection refused");
        } finally {
            smtp.start();
        }

        // Back up, but the next attempt is not due yet.
        assertThat(sender.deliverDue()).isZero();
        assertThat(messagesTo(recipient)).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(sender.deliverDue()).isZero();

        assertThat(messagesTo(recipient)).hasSize(1);
        assertThat(messagesTo(recipient).get(0).getSubject()).isEqualTo("邮箱地址确认");
        assertThat(row().get("status")).isEqualTo("SENT");
        assertThat(row().get("attempts")).isEqualTo(2);
    }

    @Test
    void aMailAnotherNodeIsDeliveringIsSkippedNotWaitedFor() throws Exception {
        mailbox.sendMail(recipient, "专家评审邀请", "诚邀您参加评审。");
        long id = (Long) row().get("id");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("select id from mail_outbox where id = :id for update").param("id", id).query(Long.class).single();
            locked.countDown();
            await(release);
        }));
        otherNode.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(sender.deliverDue()).isZero();
            assertThat(messagesTo(recipient)).isEmpty();
        } finally {
            release.countDown();
            otherNode.join(10_000);
        }

        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(messagesTo(recipient)).hasSize(1);
    }

    /** Two nodes: two sender instances on one outbox at once, each mail handed to the SMTP server exactly once. */
    @Test
    void twoSendersOnOneOutboxDeliverEachMailOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "node-" + run + "-" + i + "@example.cn").toList();
        transactions.executeWithoutResult(status -> recipients.forEach(r -> mailbox.sendMail(r, "公示通知", "请查看公示。")));
        OutboxSender otherNode = new OutboxSender(outbox, transport, transactions, properties, clock);
        CountDownLatch go = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger delivered = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> nodes = java.util.stream.Stream.of(sender, otherNode).map(node -> new Thread(() -> {
            await(go);
            for (int n = node.deliverDue(); n > 0; n = node.deliverDue()) {
                delivered.addAndGet(n);
            }
        })).toList();
        nodes.forEach(Thread::start);
        go.countDown();
        for (Thread node : nodes) {
            node.join(60_000);
        }

        assertThat(delivered.get()).isEqualTo(recipients.size());
        for (String r : recipients) {
            assertThat(messagesTo(r)).as(r).hasSize(1);
            assertThat(jdbc.sql("select status, attempts from mail_outbox where recipient = :r").param("r", r).query()
                    .singleRow()).containsEntry("status", "SENT").containsEntry("attempts", 1);
        }
    }

    @Test
    void refusesAnAddressThatIsNoSingleMailbox() {
        for (String invalid : new String[] {"", "zhangsan", "zhangsan@", "张三 <zhangsan@example.cn>",
                "a@example.cn, b@example.cn", "a@example.cn\r\nBcc: c@example.cn"}) {
            assertThatThrownBy(() -> mailbox.sendMail(invalid, "主题", "正文"))
                    .as(invalid).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> mailbox.sendMail(recipient, " ", "正文")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mailbox.sendMail(recipient, "长".repeat(201), "正文"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedAddressLeavesTheCallersTransactionUsable() throws Exception {
        transactions.executeWithoutResult(status -> {
            assertThatThrownBy(() -> mailbox.sendMail("not-an-address", "主题", "正文"))
                    .isInstanceOf(IllegalArgumentException.class);
            mailbox.sendMail(recipient, "申报书已提交", "正文");
        });

        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(messagesTo(recipient)).hasSize(1);
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        mailbox.sendMail(recipient, "申报书\r\n已提交\t（第 2 版）", "正文");

        assertThat(row().get("subject")).isEqualTo("申报书 已提交 （第 2 版）");
    }

    @Test
    void aNoticeArrivesWithItsChineseSubjectAndTheLinkWrittenOutInFull() throws Exception {
        transactions.executeWithoutResult(status -> {
            notifications.notify(List.of(new Recipient(username, recipient)), returned);
            assertThat(messagesTo(recipient)).isEmpty();
        });

        assertThat(sender.deliverDue()).isEqualTo(1);

        List<MimeMessage> received = messagesTo(recipient);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("申报书已退回：智能工厂建设项目");
        assertThat(((String) received.get(0).getContent()).replace("\r\n", "\n")).isEqualTo(
                "您好：\n\n武汉市经济和信息化局退回了您的申报书，请补正后重新提交。\n\nhttps://znzz.example.cn/applications/42");
        InboxEntry entry = inbox.list(username, false, 20, 0).get(0);
        assertThat(entry.subject()).isEqualTo("申报书已退回：智能工厂建设项目");
        assertThat(entry.link()).isEqualTo("/applications/42");
        assertThat(entry.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void aNoticeGivenWhileTheServerIsDownIsInTheInboxAtOnceAndMailedOnceWhenTheServerIsBack() throws Exception {
        smtp.stop();
        try {
            notifications.notify(List.of(new Recipient(username, recipient)), returned);

            assertThat(inbox.unreadCount(username)).isEqualTo(1);
            assertThat(sender.deliverDue()).isZero();
            assertThat(row().get("status")).isEqualTo("PENDING");
            assertThat((String) row().get("last_error")).contains("Connection refused");
        } finally {
            smtp.start();
        }

        assertThat(sender.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(sender.deliverDue()).isZero();

        assertThat(messagesTo(recipient)).hasSize(1);
        assertThat(messagesTo(recipient).get(0).getSubject()).isEqualTo("申报书已退回：智能工厂建设项目");
        assertThat(row().get("status")).isEqualTo("SENT");
        assertThat(row().get("attempts")).isEqualTo(2);
    }

    @Test
    void afterARestartPendingMailIsDeliveredOnceAndSentMailNeverAgain() throws Exception {
        String second = "second-" + recipient;
        smtp.stop();
        try {
            notifications.notify(List.of(new Recipient(username, recipient)), returned);
            assertThat(sender.deliverDue()).isZero();
        } finally {
            smtp.start();
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.deliverDue()).isEqualTo(1);
        // the node stops with a second mail still pending: everything it knew is in the outbox table
        mailbox.sendMail(second, "申报书已获推荐：智能工厂建设项目", "您单位的申报书已被推荐。");

        // a new sender over the same database, as after a restart
        OutboxSender restarted = new OutboxSender(outbox, transport, transactions, properties, clock);
        assertThat(restarted.deliverDue()).isEqualTo(1);
        assertThat(restarted.deliverDue()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(restarted.deliverDue()).isZero();

        assertThat(messagesTo(recipient)).hasSize(1);
        assertThat(messagesTo(second)).hasSize(1);
        assertThat(messagesTo(second).get(0).getSubject()).isEqualTo("申报书已获推荐：智能工厂建设项目");
    }

    /**
     * A node that stops after the mail server took a mail and before the row was marked sent delivers it again at the
     * next attempt: both copies carry the row's Message-ID, by which the receiving side recognises the repetition; a
     * different mail carries a different one.
     */
    @Test
    void aMailDeliveredAgainAfterANodeStoppedCarriesTheSameMessageId() throws Exception {
        String other = "other-" + recipient;
        transactions.executeWithoutResult(status -> {
            mailbox.sendMail(recipient, "申报书已提交：智能工厂建设项目", "您好：\n\n您的申报书已提交。\n");
            mailbox.sendMail(other, "申报书已提交：数字化车间项目", "您好：\n\n您的申报书已提交。\n");
        });
        // the first attempt: handed to the server, then the node stops before its transaction marks the row sent
        transactions.executeWithoutResult(status -> {
            OutgoingMail mail = outbox.lockNextDue(clock.instant()).orElseThrow();
            assertThat(mail.recipient()).isEqualTo(recipient);
            transport.deliver(mail);
            status.setRollbackOnly();
        });
        assertThat(row().get("status")).isEqualTo("PENDING");

        assertThat(sender.deliverDue()).isEqualTo(2);

        Map<String, Object> row = row();
        String expected = "<outbox." + row.get("id") + "."
                + ((Timestamp) row.get("created_at")).toInstant().toEpochMilli() + "@jxt.hubei.example>";
        List<MimeMessage> received = messagesTo(recipient);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getMessageID()).isEqualTo(expected);
        assertThat(received.get(1).getMessageID()).isEqualTo(expected);
        assertThat(messagesTo(other)).singleElement().extracting(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).isNotEqualTo(expected).asString().startsWith("<outbox.").endsWith("@jxt.hubei.example>");
    }

    /**
     * The node is healthy while the mail server is away (the outbox keeps the mail), and the health tells how many
     * mails wait and for how long; no connection to the mail server is opened for it.
     */
    @Test
    void theNodeStaysHealthyWhileTheMailServerIsAwayAndTheOutboxTellsWhatWaits() throws Exception {
        assertThat(outboxHealth.health().getDetails()).containsEntry("due", 0L).doesNotContainKey("oldestDueSeconds");
        smtp.stop();
        try {
            mailbox.sendMail(recipient, "申报书已提交：智能工厂建设项目", "您好：\n\n您的申报书已提交。\n");
            assertThat(sender.deliverDue()).isZero();
            clock.advance(Duration.ofSeconds(95));

            mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
            Health health = outboxHealth.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            // the failed attempt moved the mail 30 s on: due for 65 s now
            assertThat(health.getDetails()).containsEntry("due", 1L).containsEntry("oldestDueSeconds", 65L);
        } finally {
            smtp.start();
        }
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(outboxHealth.health().getDetails()).containsEntry("due", 0L);
    }

    Map<String, Object> row() {
        return jdbc.sql("select * from mail_outbox where recipient = :r").param("r", recipient).query().singleRow();
    }

    static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
