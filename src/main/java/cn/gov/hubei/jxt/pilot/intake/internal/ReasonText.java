package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reason as the enterprise reads it on its application: the labels of the reason codes in brackets, then the
 * officer's text — "【材料不全、其他】请补充近三年财务审计报告。". It becomes part of the application's history, so it is
 * composed in Chinese whatever the language of the request that produced it.
 */
@Component
class ReasonText {

    /** The language of the programme's records (the fixed locale of the system). */
    static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ReasonText(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code null} for a pass without a remark. */
    String compose(FormalReviewOutcome outcome, List<FormalReviewReason> reasons, String text) {
        if (reasons.isEmpty()) {
            return text;
        }
        String labels = reasons.stream().map(r -> messages.getMessage(r.labelKey(), null, RECORDS))
                .collect(Collectors.joining(messages.getMessage("intake.reason.separator", null, RECORDS)));
        return messages.getMessage("intake.reason.composed", new Object[]{labels, text == null ? "" : text},
                RECORDS);
    }
}
