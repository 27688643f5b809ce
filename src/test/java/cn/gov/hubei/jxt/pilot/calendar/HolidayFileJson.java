package cn.gov.hubei.jxt.pilot.calendar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds holiday files in the holiday-cn format for tests: {@code aHolidayFile(2031).off("2031-01-01", "元旦")}. */
public final class HolidayFileJson {

    private final String year;
    private final List<String> papers = new ArrayList<>();
    private final List<String> days = new ArrayList<>();

    private HolidayFileJson(String year) {
        this.year = year;
    }

    /** A file with one notice link and no days yet. */
    public static HolidayFileJson aHolidayFile(int year) {
        return new HolidayFileJson(String.valueOf(year))
                .paper("https://www.gov.cn/zhengce/zhengceku/" + (year - 1) + "11/content_test.htm");
    }

    /** A file whose "year" is the given JSON text as is (e.g. {@code "\"2032\""} or {@code "2032.5"}). */
    public static HolidayFileJson withRawYear(String rawYear) {
        return new HolidayFileJson(rawYear).paper("https://www.gov.cn/zhengce/content_test.htm");
    }

    public HolidayFileJson paper(String link) {
        papers.add("\"" + link + "\"");
        return this;
    }

    public HolidayFileJson noPapers() {
        papers.clear();
        return this;
    }

    public HolidayFileJson off(String date, String name) {
        return day("{\"name\": \"" + name + "\", \"date\": \"" + date + "\", \"isOffDay\": true}");
    }

    public HolidayFileJson makeUp(String date, String name) {
        return day("{\"name\": \"" + name + "\", \"date\": \"" + date + "\", \"isOffDay\": false}");
    }

    /** A day given as raw JSON, for malformed entries. */
    public HolidayFileJson day(String rawJson) {
        days.add(rawJson);
        return this;
    }

    public String json() {
        StringBuilder json = new StringBuilder("{\n");
        if (year != null) {
            json.append("  \"year\": ").append(year).append(",\n");
        }
        json.append("  \"papers\": [").append(String.join(", ", papers)).append("],\n");
        json.append("  \"days\": [\n    ").append(String.join(",\n    ", days)).append("\n  ]\n}\n");
        return json.toString();
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** The same file without its "year". */
    public HolidayFileJson withoutYear() {
        HolidayFileJson copy = new HolidayFileJson(null);
        copy.papers.addAll(papers);
        copy.days.addAll(days);
        return copy;
    }
}
