package cn.gov.hubei.jxt.pilot.calendar.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's upload of a year's holiday file.
 *
 * @param file    the holiday-cn JSON file
 * @param replace whether a year already loaded may be replaced ({@code null} when the box is not ticked)
 */
public record CalendarUploadForm(MultipartFile file, Boolean replace) {

    static CalendarUploadForm empty() {
        return new CalendarUploadForm(null, Boolean.FALSE);
    }

    public boolean replacing() {
        return Boolean.TRUE.equals(replace);
    }
}
