package cn.gov.hubei.jxt.pilot.meeting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting module's bundles: both languages have the same keys, and every key the code and templates name exists. */
class MeetingMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(meeting\\.[a-z0-9.-]*[a-zA-Z0-9])\"");
    static final Pattern AUDIT_ACTION = Pattern.compile("(?:AuditRecord\\.of|entry)\\(\"(meeting\\.[a-z-]+)\"");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(meeting\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])[(}]");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(MeetingStateDiagramTest.bundle("i18n/meeting_zh_CN.properties").stringPropertyNames())
                .isEqualTo(MeetingStateDiagramTest.bundle("i18n/meeting.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeAndTheTemplatesNameExists() throws IOException {
        Set<String> named = new TreeSet<>();
        collect(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/meeting"), ".java", JAVA_KEY, named);
        collect(Path.of("src/main/resources/templates/meeting"), ".html", TEMPLATE_KEY, named);
        Set<String> audit = new TreeSet<>();
        collect(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/meeting"), ".java", AUDIT_ACTION, audit);
        named.removeAll(audit);
        named.removeIf(k -> k.equals("meeting.notice.cancelled") || k.equals("meeting.notice.") || k.equals("meeting.status.")
                || k.equals("meeting.seat.reason."));
        for (MeetingStatus status : MeetingStatus.values()) {
            named.add(status.labelKey());
        }
        for (MeetingTransition t : MeetingTransition.values()) {
            named.add(t.labelKey());
            named.add("meeting." + t.code() + ".refused");
        }
        for (String kind : new String[]{"seated", "reserve", "called", "cancelled"}) {
            named.add("meeting.notice." + kind + ".subject");
            named.add("meeting.notice." + kind + ".body");
        }
        for (InvitationState s : InvitationState.values()) {
            named.add(s.labelKey());
        }
        for (SeatState s : SeatState.values()) {
            named.add(s.labelKey());
        }
        for (GroupBasis b : GroupBasis.values()) {
            named.add(b.labelKey());
        }
        named.add("meeting.seat.reason.DECLINED");
        named.add("meeting.seat.reason.CONFLICT");
        Properties zh = MeetingStateDiagramTest.bundle("i18n/meeting_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        assertThat(audit).contains("meeting.drawn", "meeting.expert-replaced", "meeting.pledge-signed");
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }

    @Test
    void theStatusesCarryTheProgrammesWords() throws IOException {
        Properties zh = MeetingStateDiagramTest.bundle("i18n/meeting_zh_CN.properties");
        assertThat(Stream.of(MeetingStatus.values()).map(s -> zh.getProperty(s.labelKey())))
                .containsExactly("筹备中", "已抽取", "评审中", "已结束");
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
