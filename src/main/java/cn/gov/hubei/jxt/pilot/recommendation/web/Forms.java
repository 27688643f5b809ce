package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckInput;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckItem;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationCondition;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The form records of the recommendation pages: the allow-list of what each form binds. */
final class Forms {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    private Forms() {
    }

    /** The verdicts on the eight conditions: {@code items[i].verdict}, {@code items[i].note}. */
    record PrecheckForm(List<Item> items) {

        record Item(Integer condition, String verdict, String note) {
        }

        static PrecheckForm of(Map<RecommendationCondition, PrecheckItem> saved) {
            List<Item> items = new ArrayList<>();
            for (RecommendationCondition c : RecommendationCondition.values()) {
                PrecheckItem item = saved.get(c);
                items.add(new Item(c.number(), item == null ? null : item.verdict().name(),
                        item == null ? null : item.note()));
            }
            return new PrecheckForm(items);
        }

        List<PrecheckInput> inputs() {
            List<PrecheckInput> inputs = new ArrayList<>();
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    if (item != null) {
                        // the position names the condition, so a tampered number cannot move a verdict
                        inputs.add(new PrecheckInput(i + 1, item.verdict(), item.note()));
                    }
                }
            }
            return inputs;
        }

        /** The form with exactly the eight items, as entered: what the page shows again beside the errors. */
        PrecheckForm complete() {
            List<Item> all = new ArrayList<>();
            for (int i = 0; i < RecommendationCondition.values().length; i++) {
                all.add(item(i));
            }
            return new PrecheckForm(all);
        }

        /** The entered item at a position, or an empty one: the page always shows all eight. */
        public Item item(int index) {
            return items != null && index < items.size() && items.get(index) != null ? items.get(index)
                    : new Item(index + 1, null, null);
        }
    }

    /** 退回修改: the reasons and, once filing has closed, the time by which to resubmit (Asia/Shanghai). */
    record ReturnForm(String reason, @DateTimeFormat(pattern = DATE_TIME) LocalDateTime deadline) {

        static ReturnForm blank() {
            return new ReturnForm(null, null);
        }

        /** The deadline as a person in {@code zone} (the clock's) meant it. */
        Instant deadlineInstant(ZoneId zone) {
            return instant(deadline, zone);
        }
    }

    /** 不予推荐 or 撤销决定: the reason. */
    record ReasonForm(String reason) {

        static ReasonForm blank() {
            return new ReasonForm(null);
        }
    }

    /** The 备注 of one entry of the list, with the list version the page was built from. */
    record RemarkForm(Long applicationId, Long version, String remark) {
    }

    /** 重新开放: the reason and an optional new deadline for the division (Asia/Shanghai). */
    record ReopenForm(String reason, @DateTimeFormat(pattern = DATE_TIME) LocalDateTime deadline) {

        static ReopenForm blank() {
            return new ReopenForm(null, null);
        }

        /** The deadline as a person in {@code zone} (the clock's) meant it. */
        Instant deadlineInstant(ZoneId zone) {
            return instant(deadline, zone);
        }
    }

    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
