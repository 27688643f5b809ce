package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.publicity.OfficeContact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The notice's words from the templates of {@code i18n/publicity}: the title, the text with its placeholders filled
 * (publisher, the period with both dates written out, how to object — 实名, in writing, within the period — the
 * objection page's address, the office's telephone, address and e-mail), and the office's contact (as set, else the
 * defaults of the messages).
 */
@Component
class NoticeTexts {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final OfficeContactRepository contacts;
    private final String baseUrl;

    NoticeTexts(MessageSource messages, OfficeContactRepository contacts,
                @Value("${app.public-base-url:}") String baseUrl) {
        this.messages = messages;
        this.contacts = contacts;
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }

    String title(int year) {
        return text("publicity.template.title", String.valueOf(year));
    }

    /** The office's contact as it set it, else the defaults of the messages ({@code publicity.defaults.*}). */
    OfficeContact contact() {
        return contacts.find().orElseGet(() -> new OfficeContact(text("publicity.defaults.publisher"),
                text("publicity.defaults.telephone"), text("publicity.defaults.address"),
                text("publicity.defaults.email"), 0));
    }

    /** A date written out as in an official text: 2026年10月12日. */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The address of the objection page of a notice, written out in full when the public address is configured. */
    String objectionPage(long noticeId) {
        return baseUrl + "/public/objections/new?notice=" + noticeId;
    }

    String body(long noticeId, int year, int projects, LocalDate start, LocalDate end, String publisher,
                String telephone, String address, String email) {
        return text("publicity.template.body", String.valueOf(year), String.valueOf(projects), date(start),
                date(end), String.valueOf(NoticePeriod.WORKING_DAYS), objectionPage(noticeId), publisher, telephone,
                address, email);
    }
}
