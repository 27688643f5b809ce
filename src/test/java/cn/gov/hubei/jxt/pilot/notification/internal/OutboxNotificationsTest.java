package cn.gov.hubei.jxt.pilot.notification.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxNotificationsTest {

    @Test
    void thePublicBaseUrlIsUsedWithoutItsTrailingSlash() {
        assertThat(OutboxNotifications.baseUrl("https://znzz.example.cn/")).isEqualTo("https://znzz.example.cn");
        assertThat(OutboxNotifications.baseUrl(" https://jxt.hubei.gov.cn/znzz ")).isEqualTo("https://jxt.hubei.gov.cn/znzz");
        assertThat(OutboxNotifications.baseUrl("http://localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(OutboxNotifications.baseUrl("")).isEmpty();
        assertThat(OutboxNotifications.baseUrl(null)).isEmpty();
    }

    @Test
    void aBaseUrlThatIsNoWebAddressStopsTheStart() {
        for (String wrong : new String[] {"znzz.example.cn", "ftp://znzz.example.cn", "https://", "https://a b.cn"}) {
            assertThatThrownBy(() -> OutboxNotifications.baseUrl(wrong)).as(wrong)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("app.public-base-url");
        }
    }

    @Test
    void shortensByCharactersNotByUtf16Units() {
        assertThat(OutboxNotifications.shorten("申报书", 3)).isEqualTo("申报书");
        assertThat(OutboxNotifications.shorten("申报书已退回", 4)).isEqualTo("申报书…");
        // 𠀀 (U+20000) is one character in two UTF-16 units; it is never cut in half.
        assertThat(OutboxNotifications.shorten("𠀀𠀀𠀀", 2)).isEqualTo("𠀀…");
    }
}
