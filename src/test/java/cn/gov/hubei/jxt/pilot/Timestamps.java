package cn.gov.hubei.jxt.pilot;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/** Timestamps written by the JSON API: compared as instants, and checked to have the API's one fixed shape. */
public final class Timestamps {

    /** ISO 8601 with six fraction digits and the +08:00 offset, e.g. 2026-05-08T15:59:59.000000+08:00. */
    public static final Pattern API_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+08:00");

    private Timestamps() {
    }

    public static Matcher<Object> sameInstant(Instant expected) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                String text = String.valueOf(item);
                return API_FORMAT.matcher(text).matches() && OffsetDateTime.parse(text).toInstant().equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a timestamp like 2026-05-08T15:59:59.000000+08:00 at the instant " + expected);
            }
        };
    }

    public static Matcher<Object> sameInstant(String expectedIso) {
        return sameInstant(OffsetDateTime.parse(expectedIso).toInstant());
    }
}
