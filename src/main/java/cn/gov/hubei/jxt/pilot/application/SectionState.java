package cn.gov.hubei.jxt.pilot.application;

/** A section's state on the overview (task list), derived from validating the saved draft, never stored. */
public enum SectionState {
    /** 未开始: nothing saved. */
    NOT_STARTED,
    /** 进行中: saved, but something required is still missing. */
    IN_PROGRESS,
    /** 已完成: every rule of the section holds. */
    COMPLETE,
    /** 有问题: a value breaks a rule (too long, not a number, end before start …). */
    PROBLEM
}
