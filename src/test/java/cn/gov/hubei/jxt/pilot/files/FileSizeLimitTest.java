package cn.gov.hubei.jxt.pilot.files;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The size limit, configured small here so the test moves kilobytes, not megabytes. */
@IntegrationTest
@TestPropertySource(properties = "app.files.max-file-size=1KB")
class FileSizeLimitTest {

    static final Set<FileKind> PDF = EnumSet.of(FileKind.PDF);

    @Autowired FileStore files;

    static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = SampleFiles.pdf();
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return content;
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        StoredFile stored = files.store("正好.pdf", new ByteArrayInputStream(pdfOfSize(1024)), PDF, "applicant1");

        assertThat(stored.size()).isEqualTo(1024);
        assertThat(files.maxFileSize()).isEqualTo(1024);
    }

    @Test
    void refusesAFileOneByteOverTheLimit() {
        assertThatThrownBy(() -> files.store("超出.pdf", new ByteArrayInputStream(pdfOfSize(1025)), PDF, "applicant1"))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileRejectedException.Reason.TOO_LARGE);
                    assertThat(e.messageKey()).isEqualTo("files.rejected.too-large");
                    assertThat(e.arguments()).containsExactly("1 KB");
                    assertThat(e.getMessage()).isEqualTo("文件超过 1 KB 的大小限制。");
                });
    }

    @Test
    void stopsReadingOneBytePastTheLimit() {
        CountingEndlessPdf upload = new CountingEndlessPdf();

        assertThatThrownBy(() -> files.store("无穷大.pdf", upload, PDF, "applicant1"))
                .isInstanceOf(FileRejectedException.class);
        assertThat(upload.delivered).isEqualTo(1025);
    }

    /** An upload that never ends: the store must give up on it, not read it to the end. */
    static final class CountingEndlessPdf extends InputStream {
        static final byte[] HEADER = SampleFiles.pdf();
        long delivered;

        @Override
        public int read() {
            return delivered < HEADER.length ? HEADER[(int) delivered++] : (int) (delivered++ % 26) + 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
