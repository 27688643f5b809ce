package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.files.FileKind;

import java.util.EnumSet;
import java.util.Set;

/** What an uploaded file is for, and which kinds of file (recognised by content) each purpose accepts. */
public enum FilePurpose {
    /** 实施现状 的插图: architecture and network diagrams, photographs. */
    FIGURE(EnumSet.of(FileKind.PNG, FileKind.JPEG)),
    /** 真实性承诺, signed by the legal representative and stamped. */
    COMMITMENT(EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG)),
    /** 信用中国 / 国家企业信用信息公示系统 的查询结果. */
    CREDIT_REPORT(EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG)),
    /** 其他附件. */
    OTHER(EnumSet.allOf(FileKind.class));

    private final Set<FileKind> allowed;

    FilePurpose(Set<FileKind> allowed) {
        this.allowed = allowed;
    }

    public Set<FileKind> allowed() {
        return EnumSet.copyOf(allowed);
    }

    public static FilePurpose of(String code) {
        for (FilePurpose value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
