package cn.gov.hubei.jxt.pilot.files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileLimitsTest {

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({
            "0, 0 B",
            "100, 100 B",
            "1023, 1023 B",
            "1024, 1 KB",
            "1536, 1.5 KB",
            "524288, 512 KB",
            "20971520, 20 MB",
            "1572864, 1.5 MB",
            "209715200, 200 MB",
            "1073741824, 1 GB"
    })
    void describesSizesAsPeopleReadThem(long bytes, String text) {
        assertThat(FileLimits.describe(bytes)).isEqualTo(text);
    }
}
