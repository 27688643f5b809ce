package cn.gov.hubei.jxt.pilot.call;

import java.time.Instant;

/**
 * The terms of a call as an officer sets them: what {@link NewCall} and {@link CallChanges} carry. Any component may
 * be {@code null} on input; the call's rules say which are required.
 */
public interface CallTerms {

    /** 遴选年度, 2020–2100. */
    Integer year();

    /** 遴选名称, at most 200 characters. */
    String title();

    /** 通知正文, optional. */
    String notice();

    /** 申报开始时间: enterprises may file from this moment. */
    Instant filingOpensAt();

    /** 申报截止时间: filing is open strictly before this moment. */
    Instant filingClosesAt();

    /** 推荐截止时间: recommenders submit strictly before this moment. */
    Instant recommendationDeadline();

    /** 推荐名额: how many projects one recommender may recommend; {@code null} for no quota. */
    Integer recommendationQuota();

    /** 每家企业限报项目数; {@code null} for no limit. */
    Integer maxProjectsPerEnterprise();

    /** 要素条件版本, one of the reference catalogue's versions. */
    String elementConditionVersion();
}
