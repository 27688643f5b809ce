package cn.gov.hubei.jxt.pilot.recommendation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Configuration of the recommendation module ({@code app.recommendation.*}).
 *
 * @param reminderDays     how many days before the recommenders' deadline a division whose list is not submitted
 *                         is reminded by e-mail, e.g. {@code 3,1}: once at each
 * @param reminderInterval how often the reminder job looks (it sends each reminder once, whenever it runs)
 */
@ConfigurationProperties("app.recommendation")
public record RecommendationProperties(@DefaultValue({"3", "1"}) List<Integer> reminderDays,
                                       @DefaultValue("PT15M") Duration reminderInterval) {

    public RecommendationProperties {
        reminderDays = reminderDays == null ? List.of()
                : reminderDays.stream().filter(d -> d != null && d > 0).distinct().sorted().toList();
    }
}
