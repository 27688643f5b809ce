package cn.gov.hubei.jxt.pilot.calendar.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.hubei.jxt.pilot.calendar.HolidayFileJson.aHolidayFile;
import static cn.gov.hubei.jxt.pilot.calendar.HolidayFileJson.withRawYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayFileParserTest {

    final HolidayFileParser parser = new HolidayFileParser();

    @Test
    void readsTheBundled2019FileWithTheDaysOfDecember2018() throws IOException {
        HolidayFile file = parser.parse(Files.readAllBytes(Path.of("src/main/resources/calendar/holiday-cn/2019.json")));

        assertThat(file.year()).isEqualTo(2019);
        assertThat(file.papers()).containsExactly(
                "http://www.gov.cn/zhengce/zhengceku/2018-12/06/content_5346276.htm",
                "http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm");
        assertThat(file.days()).hasSize(31);
        assertThat(file.days().subList(0, 3)).containsExactly(
                new HolidayFile.Listing(LocalDate.of(2018, 12, 29), false, "元旦"),
                new HolidayFile.Listing(LocalDate.of(2018, 12, 30), true, "元旦"),
                new HolidayFile.Listing(LocalDate.of(2018, 12, 31), true, "元旦"));
        assertThat(file.holidayCount()).isEqualTo(24);
        assertThat(file.makeUpDayCount()).isEqualTo(7);
    }

    @Test
    void refusesAnEmptyOrOversizedFile() {
        assertThat(problems(new byte[0])).containsExactly(FileProblem.of("calendar.file.empty"));
        assertThat(problems(new byte[HolidayFileParser.MAX_FILE_BYTES + 1]))
                .containsExactly(FileProblem.of("calendar.file.too-large", 262145, 262144));
    }

    @Test
    void refusesMalformedJsonWithItsPosition() {
        assertThat(problems("{\"year\": 2031,\n \"days\": [}".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(FileProblem.of("calendar.file.malformed-at", 2, 11));
    }

    @Test
    void refusesAKeyGivenTwiceAndTextAfterTheObject() {
        assertThat(problems("{\"year\": 2031, \"year\": 2032}".getBytes(StandardCharsets.UTF_8)))
                .extracting(FileProblem::code).containsExactly("calendar.file.malformed-at");
        assertThat(problems((aHolidayFile(2031).off("2031-01-01", "元旦").json() + "{}").getBytes(StandardCharsets.UTF_8)))
                .extracting(FileProblem::code).containsExactly("calendar.file.malformed-at");
    }

    @Test
    void refusesAFileThatIsNotAnObject() {
        assertThat(problems("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(FileProblem.of("calendar.file.not-object"));
    }

    @Test
    void refusesAMissingNonIntegerOrOutOfRangeYear() {
        assertThat(problems(aHolidayFile(2031).off("2031-01-01", "元旦").withoutYear().bytes()))
                .containsExactly(FileProblem.of("calendar.file.year.missing"));
        assertThat(problems(withRawYear("\"2031\"").off("2031-01-01", "元旦").bytes()))
                .containsExactly(FileProblem.of("calendar.file.year.not-integer", "\"2031\""));
        assertThat(problems(withRawYear("2031.5").off("2031-01-01", "元旦").bytes()))
                .containsExactly(FileProblem.of("calendar.file.year.not-integer", "2031.5"));
        assertThat(problems(aHolidayFile(1999).off("1999-01-01", "元旦").bytes()))
                .containsExactly(FileProblem.of("calendar.file.year.out-of-range", 1999, 2000, 2100));
        assertThat(problems(aHolidayFile(2101).off("2101-01-01", "元旦").bytes()))
                .containsExactly(FileProblem.of("calendar.file.year.out-of-range", 2101, 2000, 2100));
    }

    @Test
    void refusesMissingOrInvalidNoticeLinks() {
        assertThat(problems(aHolidayFile(2031).noPapers().off("2031-01-01", "元旦").bytes()))
                .containsExactly(FileProblem.of("calendar.file.papers.empty"));
        assertThat(problems(aHolidayFile(2031).paper("www.gov.cn/no-scheme").off("2031-01-01", "元旦").bytes()))
                .containsExactly(FileProblem.of("calendar.file.papers.invalid", 2));
        assertThat(problems("{\"year\": 2031, \"days\": [{\"name\": \"元旦\", \"date\": \"2031-01-01\", \"isOffDay\": true}]}"
                .getBytes(StandardCharsets.UTF_8)))
                .containsExactly(FileProblem.of("calendar.file.papers.missing"));
    }

    @Test
    void refusesMissingDays() {
        assertThat(problems("{\"year\": 2031, \"papers\": [\"https://www.gov.cn/a.htm\"], \"days\": {}}"
                .getBytes(StandardCharsets.UTF_8)))
                .containsExactly(FileProblem.of("calendar.file.days.missing"));
    }

    @Test
    void reportsEveryBrokenDayByItsPosition() {
        byte[] file = aHolidayFile(2031)
                .off("2031-01-01", "元旦")
                .day("\"2031-01-02\"")
                .day("{\"date\": \"2031-01-03\", \"isOffDay\": true}")
                .off("2031-02-30", "春节")
                .off("2031/02/01", "春节")
                .day("{\"name\": \"春节\", \"date\": \"2031-02-02\", \"isOffDay\": \"yes\"}")
                .off("2033-01-01", "元旦")
                .off("2031-01-01", "元旦")
                .bytes();

        assertThat(problems(file)).containsExactly(
                FileProblem.of("calendar.file.day.not-object", 2),
                FileProblem.of("calendar.file.day.name.missing", 3),
                FileProblem.of("calendar.file.day.date.invalid", 4, "2031-02-30"),
                FileProblem.of("calendar.file.day.date.invalid", 5, "2031/02/01"),
                FileProblem.of("calendar.file.day.off-day.invalid", 6),
                FileProblem.of("calendar.file.day.out-of-range", 7, "2033-01-01", 2030, 2032),
                FileProblem.of("calendar.file.day.duplicate", "2031-01-01"));
    }

    @Test
    void refusesAFileWithoutADayOffInItsOwnYear() {
        assertThat(problems(aHolidayFile(2031).makeUp("2031-01-04", "元旦").off("2030-12-31", "元旦").bytes()))
                .containsExactly(FileProblem.of("calendar.file.no-holiday", 2031));
    }

    @Test
    void acceptsDaysOfBothNeighbouringYears() {
        HolidayFile file = parser.parse(aHolidayFile(2031)
                .off("2030-12-31", "元旦").off("2031-01-01", "元旦").makeUp("2032-01-02", "元旦").bytes());

        assertThat(file.days()).extracting(HolidayFile.Listing::date).containsExactly(
                LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 2));
    }

    @Test
    void listsTwentyProblemsAndCountsTheRest() {
        var file = aHolidayFile(2031).off("2031-01-01", "元旦");
        for (int i = 0; i < 25; i++) {
            file.day("{}");
        }
        List<FileProblem> problems = problems(file.bytes());
        assertThat(problems).hasSize(21);
        assertThat(problems.get(20)).isEqualTo(FileProblem.of("calendar.file.more-problems", 55));
    }

    private List<FileProblem> problems(byte[] content) {
        try {
            parser.parse(content);
        } catch (CalendarFileRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void aRefusalAlwaysCarriesAReason() {
        assertThatThrownBy(() -> new CalendarFileRejectedException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
