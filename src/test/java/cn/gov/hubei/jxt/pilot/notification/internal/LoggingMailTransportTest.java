package cn.gov.hubei.jxt.pilot.notification.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LoggingMailTransportTest {

    @Test
    void writesTheWholeMailToTheLog(CapturedOutput output) {
        new LoggingMailTransport().deliver(new OutgoingMail(42, java.time.Instant.parse("2026-03-02T01:00:00Z"), "zhangsan@example.cn", "邮箱地址确认",
                "请点击以下链接确认邮箱地址：\nhttps://example.cn/confirm/abc", 0));

        assertThat(output).contains("INFO").contains("Mail 42 (not sent: no spring.mail.host configured)")
                .contains("To: zhangsan@example.cn\nSubject: 邮箱地址确认\n\n请点击以下链接确认邮箱地址：\n"
                        + "https://example.cn/confirm/abc");
    }
}
