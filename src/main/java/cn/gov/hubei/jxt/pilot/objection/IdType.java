package cn.gov.hubei.jxt.pilot.objection;

/**
 * The document that names an objector (实名): a person's identity document, or an organisation's 统一社会信用代码
 * (then the organisation's name is given too and the person named is who submits for it).
 */
public enum IdType {
    /** 居民身份证: 18 characters, the last a check digit (GB 11643). */
    RESIDENT_ID,
    /** 护照. */
    PASSPORT,
    /** 港澳居民来往内地通行证. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT,
    /** 统一社会信用代码 of an organisation. */
    CREDIT_CODE;

    public boolean isOrganisation() {
        return this == CREDIT_CODE;
    }

    public String labelKey() {
        return "objection.id-type." + name();
    }
}
