package cn.gov.hubei.jxt.pilot.audit;

public enum AuditOutcome { SUCCESS, FAILURE, DENIED }
