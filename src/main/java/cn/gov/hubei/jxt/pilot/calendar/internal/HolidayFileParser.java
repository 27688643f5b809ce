package cn.gov.hubei.jxt.pilot.calendar.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a holiday file in the holiday-cn JSON format ({@code {"year": 2027, "papers": [...],
 * "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}}). It checks what can be checked from the
 * file alone; agreement with the years already loaded is the loader's part. Every problem found is reported at once,
 * so that the administrator can correct the file in one go.
 */
public final class HolidayFileParser {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** A real year's file is about 5 KB; anything far larger is not such a file. */
    public static final int MAX_FILE_BYTES = 256 * 1024;
    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_PAPER_LENGTH = 1000;
    /** Enough to see what is wrong with a file; a file with more problems is most likely the wrong file. */
    static final int MAX_PROBLEMS = 20;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEB_LINK = Pattern.compile("https?://\\S+");

    // Strict: a key given twice or text after the object means the file is not what it claims to be.
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * @return the validated file
     * @throws CalendarFileRejectedException with every problem found
     */
    public HolidayFile parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new CalendarFileRejectedException(FileProblem.of("calendar.file.empty"));
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new CalendarFileRejectedException(
                    FileProblem.of("calendar.file.too-large", content.length, MAX_FILE_BYTES));
        }
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new CalendarFileRejectedException(at == null || at.getLineNr() < 1
                    ? FileProblem.of("calendar.file.malformed")
                    : FileProblem.of("calendar.file.malformed-at", at.getLineNr(), at.getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            throw new CalendarFileRejectedException(FileProblem.of("calendar.file.not-object"));
        }

        Problems problems = new Problems();
        Integer year = readYear(root.get("year"), problems);
        List<String> papers = readPapers(root.get("papers"), problems);
        int before = problems.size();
        List<HolidayFile.Listing> days = readDays(root.get("days"), year, problems);
        boolean daysReadable = days != null && problems.size() == before;

        // Only judged on a fully readable list: a day with a broken isOffDay must not also be reported as "no holiday".
        if (year != null && daysReadable) {
            int inYear = year;
            boolean holidayInYear = days.stream().anyMatch(d -> d.offDay() && d.date().getYear() == inYear);
            if (!holidayInYear) {
                problems.add(FileProblem.of("calendar.file.no-holiday", year));
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarFileRejectedException(problems.list());
        }
        return new HolidayFile(year, papers, days);
    }

    private static Integer readYear(JsonNode node, Problems problems) {
        if (node == null || node.isNull()) {
            problems.add(FileProblem.of("calendar.file.year.missing"));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(FileProblem.of("calendar.file.year.not-integer", node.toString()));
            return null;
        }
        int year = node.intValue();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(FileProblem.of("calendar.file.year.out-of-range", year, MIN_YEAR, MAX_YEAR));
            return null;
        }
        return year;
    }

    private static List<String> readPapers(JsonNode node, Problems problems) {
        if (node == null || !node.isArray()) {
            problems.add(FileProblem.of("calendar.file.papers.missing"));
            return List.of();
        }
        // The links are the provenance of the data: a year without its notice cannot be checked by anyone.
        if (node.isEmpty()) {
            problems.add(FileProblem.of("calendar.file.papers.empty"));
        }
        List<String> papers = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode paper = node.get(i);
            String link = paper.isString() ? paper.stringValue().strip() : null;
            if (link == null || link.length() > MAX_PAPER_LENGTH || !WEB_LINK.matcher(link).matches()) {
                problems.add(FileProblem.of("calendar.file.papers.invalid", i + 1));
            } else {
                papers.add(link);
            }
        }
        return papers;
    }

    private static List<HolidayFile.Listing> readDays(JsonNode node, Integer year, Problems problems) {
        if (node == null || !node.isArray()) {
            problems.add(FileProblem.of("calendar.file.days.missing"));
            return null;
        }
        List<HolidayFile.Listing> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        Set<LocalDate> reportedTwice = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            int position = i + 1;
            JsonNode day = node.get(i);
            if (!day.isObject()) {
                problems.add(FileProblem.of("calendar.file.day.not-object", position));
                continue;
            }
            String name = readName(day.get("name"), position, problems);
            LocalDate date = readDate(day.get("date"), position, problems);
            JsonNode off = day.get("isOffDay");
            if (off == null || !off.isBoolean()) {
                problems.add(FileProblem.of("calendar.file.day.off-day.invalid", position));
            }
            if (date != null && year != null && Math.abs(date.getYear() - year) > 1) {
                problems.add(FileProblem.of("calendar.file.day.out-of-range", position, date, year - 1, year + 1));
            }
            if (date != null && !seen.add(date) && reportedTwice.add(date)) {
                problems.add(FileProblem.of("calendar.file.day.duplicate", date));
            }
            if (name != null && date != null && off != null && off.isBoolean()) {
                days.add(new HolidayFile.Listing(date, off.booleanValue(), name));
            }
        }
        return days;
    }

    private static String readName(JsonNode node, int position, Problems problems) {
        String name = node != null && node.isString() ? node.stringValue().strip() : "";
        if (name.isEmpty()) {
            problems.add(FileProblem.of("calendar.file.day.name.missing", position));
            return null;
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(FileProblem.of("calendar.file.day.name.too-long", position, MAX_NAME_LENGTH));
            return null;
        }
        return name;
    }

    private static LocalDate readDate(JsonNode node, int position, Problems problems) {
        if (node == null || !node.isString()) {
            problems.add(FileProblem.of("calendar.file.day.date.missing", position));
            return null;
        }
        String text = node.stringValue();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through: a well-shaped but impossible date such as 2027-02-30
            }
        }
        problems.add(FileProblem.of("calendar.file.day.date.invalid", position, text));
        return null;
    }

    /** Collects problems up to {@link #MAX_PROBLEMS}, then one line that says how many more there were. */
    private static final class Problems {
        private final List<FileProblem> list = new ArrayList<>();
        private int omitted;

        void add(FileProblem problem) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(problem);
            } else {
                omitted++;
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        int size() {
            return list.size() + omitted;
        }

        List<FileProblem> list() {
            if (omitted == 0) {
                return list;
            }
            List<FileProblem> all = new ArrayList<>(list);
            all.add(FileProblem.of("calendar.file.more-problems", omitted));
            return all;
        }
    }
}
