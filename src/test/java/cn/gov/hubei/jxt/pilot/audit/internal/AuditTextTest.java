package cn.gov.hubei.jxt.pilot.audit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTextTest {

    @Test
    void keepsNullAndOrdinaryText() {
        assertThat(AuditText.storable(null, 10)).isNull();
        assertThat(AuditText.storable("", 10)).isEmpty();
        assertThat(AuditText.storable("张三", 10)).isEqualTo("张三");
    }

    @Test
    void replacesWhatPostgresqlCannotStore() {
        assertThat(AuditText.storable("a\u0000b", 10)).isEqualTo("a\uFFFDb");
        assertThat(AuditText.storable("x\uD800y", 10)).isEqualTo("x?y");
    }

    @Test
    void cutsOverlongTextAtWholeCharacters() {
        assertThat(AuditText.storable("𠀀𠀁𠀂", 2)).isEqualTo("𠀀𠀁");
    }
}
