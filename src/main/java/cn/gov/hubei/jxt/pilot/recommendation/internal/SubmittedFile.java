package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.files.FileKind;

/** A file of a submission (the stamped scan or the generated summary table) with its verified bytes. */
public record SubmittedFile(String name, FileKind kind, byte[] bytes) {

    /** Which file of a submission. */
    public enum Role {
        SCAN, DOCX, XLSX;

        public static Role of(String code) {
            for (Role r : values()) {
                if (r.name().equalsIgnoreCase(code)) {
                    return r;
                }
            }
            return null;
        }
    }
}
