package cn.gov.hubei.jxt.pilot.files;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file store on the real database and a real storage directory (target/test-files). */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FileStoreTest {

    static final Set<FileKind> ANY = EnumSet.allOf(FileKind.class);
    static final Set<FileKind> PDF_OR_IMAGE = EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG);

    @Autowired FileStore files;
    @Autowired FileLimits limits;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Value("${app.files.directory}") Path directory;

    final String uploader = "applicant-" + UUID.randomUUID();

    StoredFile store(String name, byte[] content, Set<FileKind> allowed) {
        return files.store(name, new ByteArrayInputStream(content), allowed, uploader);
    }

    FileRejectedException refusal(String name, byte[] content, Set<FileKind> allowed) {
        try {
            store(name, content, allowed);
        } catch (FileRejectedException e) {
            return e;
        }
        throw new AssertionError("the upload was accepted");
    }

    Path blob(String sha256) {
        return directory.toAbsolutePath().normalize()
                .resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void storesAPdfRecognisedFromItsBytesAndReadsItBack() throws Exception {
        byte[] content = SampleFiles.pdf();

        StoredFile stored = store("申报书.pdf", content, PDF_OR_IMAGE);

        assertThat(stored.kind()).isEqualTo(FileKind.PDF);
        assertThat(stored.name()).isEqualTo("申报书.pdf");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.storedBy()).isEqualTo(uploader);
        assertThat(files.find(stored.id())).contains(stored);
        assertThat(files.read(stored.id())).isEqualTo(content);
        assertThat(blob(stored.sha256())).hasBinaryContent(content);
    }

    @Test
    void recognisesEachKindFromRealFilesWhateverTheirNames() {
        Map<FileKind, byte[]> samples = new LinkedHashMap<>();
        samples.put(FileKind.PDF, SampleFiles.pdf());
        samples.put(FileKind.PNG, SampleFiles.png());
        samples.put(FileKind.JPEG, SampleFiles.jpeg());
        samples.put(FileKind.DOCX, SampleFiles.docx());
        samples.put(FileKind.XLSX, SampleFiles.xlsx());

        samples.forEach((kind, content) -> {
            StoredFile stored = store("upload.bin", content, ANY);
            assertThat(stored.kind()).as("kind of the %s sample", kind).isEqualTo(kind);
            assertThat(stored.name()).isEqualTo("upload.bin." + kind.extension());
            assertThat(files.read(stored.id())).isEqualTo(content);
        });
    }

    @Test
    void aWordDocumentNamedAsASpreadsheetIsAWordDocument() {
        StoredFile stored = store("设备清单.xlsx", SampleFiles.docx(), ANY);

        assertThat(stored.kind()).isEqualTo(FileKind.DOCX);
        assertThat(stored.name()).isEqualTo("设备清单.xlsx.docx");
    }

    @Test
    void refusesAProgramRenamedToAnAcceptedName() {
        FileRejectedException refusal = refusal("setup.exe", SampleFiles.exe(), PDF_OR_IMAGE);

        assertThat(refusal.reason()).isEqualTo(FileRejectedException.Reason.KIND_NOT_ALLOWED);
        assertThat(refusal.messageKey()).isEqualTo("files.rejected.unrecognised");
        assertThat(refusal.arguments()).containsExactly("PDF、PNG、JPEG", "setup.exe");
        assertThat(refusal.getMessage()).isEqualTo("只接受 PDF、PNG、JPEG 格式的文件，“setup.exe”的内容不是其中任何一种。");

        assertThat(refusal("承诺书.pdf", SampleFiles.exe(), PDF_OR_IMAGE).getMessage())
                .isEqualTo("只接受 PDF、PNG、JPEG 格式的文件，“承诺书.pdf”的内容不是其中任何一种。");
    }

    @Test
    void refusesATextFileRenamedToPdf() {
        byte[] text = "这不是PDF，只是文字。".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(refusal("报告.pdf", text, PDF_OR_IMAGE).getMessage())
                .isEqualTo("只接受 PDF、PNG、JPEG 格式的文件，“报告.pdf”的内容不是其中任何一种。");
    }

    @Test
    void refusesZipPackagesThatAreNoOfficeDocument() {
        byte[] plainZip = SampleFiles.zip(Map.of("readme.txt", "hello"));
        byte[] macroDocument = SampleFiles.zip(Map.of(
                "[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                        + "application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>",
                "word/vbaProject.bin", "Attribute VB_Name"));
        byte[] docxWithMacros = SampleFiles.zip(Map.of(
                "[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>",
                "word/vbaProject.bin", "Attribute VB_Name"));
        Map<String, String> manyParts = new LinkedHashMap<>();
        manyParts.put("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        manyParts.put("word/document.xml", "<w:document/>");
        for (int i = 0; i < 10_000; i++) {
            manyParts.put("word/media/image" + i + ".png", "");
        }
        byte[] tooManyParts = SampleFiles.zip(manyParts);

        for (byte[] content : new byte[][] {plainZip, macroDocument, docxWithMacros, tooManyParts}) {
            assertThat(refusal("方案.docx", content, ANY).messageKey()).isEqualTo("files.rejected.unrecognised");
        }
    }

    @Test
    void refusesARecognisedKindTheCallerDoesNotAllow() {
        FileRejectedException refusal = refusal("实施方案.docx", SampleFiles.docx(), PDF_OR_IMAGE);

        assertThat(refusal.reason()).isEqualTo(FileRejectedException.Reason.KIND_NOT_ALLOWED);
        assertThat(refusal.messageKey()).isEqualTo("files.rejected.kind-not-allowed");
        assertThat(refusal.getMessage())
                .isEqualTo("只接受 PDF、PNG、JPEG 格式的文件，“实施方案.docx”是 Word（.docx） 文件。");

        assertThat(refusal("网络架构图.png", SampleFiles.png(), EnumSet.of(FileKind.XLSX, FileKind.PDF)).getMessage())
                .isEqualTo("只接受 PDF、Excel（.xlsx） 格式的文件，“网络架构图.png”是 PNG 文件。");
    }

    @Test
    void refusesAnEmptyFile() {
        FileRejectedException refusal = refusal("空白.pdf", new byte[0], PDF_OR_IMAGE);

        assertThat(refusal.reason()).isEqualTo(FileRejectedException.Reason.EMPTY);
        assertThat(refusal.getMessage()).isEqualTo("“空白.pdf”是空文件，请选择有内容的文件。");
    }

    @Test
    void keepsNothingOfARefusedUpload() throws IOException {
        refusal("setup.exe", SampleFiles.exe(), PDF_OR_IMAGE);
        refusal("实施方案.docx", SampleFiles.docx(), PDF_OR_IMAGE);

        assertThat(jdbc.sql("select count(*) from stored_file where stored_by = :by").param("by", uploader)
                .query(Long.class).single()).isZero();
        try (Stream<Path> temporary = Files.list(directory.resolve("tmp"))) {
            assertThat(temporary).isEmpty();
        }
    }

    @Test
    void aRefusalInsideTheCallersTransactionLetsItCommit() {
        StoredFile kept = transactions.execute(status -> {
            StoredFile first = store("现场照片.png", SampleFiles.png(), PDF_OR_IMAGE);
            assertThatThrownBy(() -> store("setup.exe", SampleFiles.exe(), PDF_OR_IMAGE))
                    .isInstanceOf(FileRejectedException.class);
            return first;
        });

        assertThat(files.find(kept.id())).contains(kept);
    }

    @Test
    void cleansTheNameBeforeKeepingIt() {
        StoredFile stored = store("..\\..\\etc\\报告：2024?", SampleFiles.pdf(), PDF_OR_IMAGE);

        assertThat(stored.name()).isEqualTo("报告：2024_.pdf");
        assertThat(files.find(stored.id()).orElseThrow().name()).isEqualTo("报告：2024_.pdf");
    }

    @Test
    void twoUploadsOfTheSameBytesAreTwoRecordsSharingOneBlob() throws IOException {
        byte[] content = SampleFiles.pdf();

        StoredFile first = store("承诺书.pdf", content, PDF_OR_IMAGE);
        StoredFile second = store("承诺书（盖章版）.pdf", content, PDF_OR_IMAGE);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.name()).isEqualTo("承诺书（盖章版）.pdf");
        try (Stream<Path> shard = Files.list(blob(first.sha256()).getParent())) {
            assertThat(shard.filter(p -> p.getFileName().toString().equals(first.sha256()))).hasSize(1);
        }
        assertThat(files.read(first.id())).isEqualTo(content);
        assertThat(files.read(second.id())).isEqualTo(content);
    }

    @Test
    void aTamperedBlobIsReportedNeverServed(CapturedOutput output) throws IOException {
        StoredFile stored = store("真实性承诺.pdf", SampleFiles.pdf(), PDF_OR_IMAGE);
        byte[] forged = SampleFiles.pdf();
        Files.write(blob(stored.sha256()), forged);

        assertThatThrownBy(() -> files.read(stored.id()))
                .isInstanceOfSatisfying(DamagedFileException.class, e -> {
                    assertThat(e.fileId()).isEqualTo(stored.id());
                    assertThat(e.getMessage()).isEqualTo(
                            "文件“真实性承诺.pdf”已损坏或丢失，系统不会提供损坏的内容。请联系系统管理员从备份中恢复该文件。");
                });
        assertThat(output).contains("ERROR").contains("Stored file " + stored.id() + " (\"真实性承诺.pdf\"")
                .contains("its SHA-256 is now " + sha256Of(forged));
    }

    @Test
    void aBlobOfTheSameSizeWithOneByteChangedIsDamaged() throws IOException {
        byte[] content = SampleFiles.pdf();
        StoredFile stored = store("承诺书.pdf", content, PDF_OR_IMAGE);
        content[content.length - 2] ^= 1;
        Files.write(blob(stored.sha256()), content);

        assertThatThrownBy(() -> files.read(stored.id())).isInstanceOf(DamagedFileException.class);
    }

    @Test
    void aMissingBlobIsDamaged(CapturedOutput output) throws IOException {
        StoredFile stored = store("现场照片.jpg", SampleFiles.jpeg(), PDF_OR_IMAGE);
        Files.delete(blob(stored.sha256()));

        assertThatThrownBy(() -> files.read(stored.id())).isInstanceOf(DamagedFileException.class);
        assertThat(output).contains("the blob is missing");
    }

    @Test
    void uploadingTheOriginalBytesAgainRepairsADamagedBlob() throws IOException {
        byte[] content = SampleFiles.png();
        StoredFile stored = store("架构图.png", content, PDF_OR_IMAGE);
        Files.write(blob(stored.sha256()), new byte[] {1, 2, 3});

        store("架构图（重新上传）.png", content, PDF_OR_IMAGE);

        assertThat(files.read(stored.id())).isEqualTo(content);
    }

    @Test
    void aRecordOfEachUploadIsInTheAuditTrail() {
        byte[] content = SampleFiles.xlsx();
        StoredFile stored = store("设备清单.xlsx", content, ANY);

        String details = jdbc.sql("select details from audit_entry where action = 'files.stored' and target_type = 'file'"
                        + " and target_id = :id").param("id", String.valueOf(stored.id())).query(String.class).single();
        assertThat(details).contains("\"sha256\":\"" + stored.sha256() + "\"").contains("\"name\":\"设备清单.xlsx\"")
                .contains("\"size\":" + content.length).contains("\"storedBy\":\"" + uploader + "\"");
    }

    @Test
    void anUnknownIdIsNoFile() {
        assertThat(files.find(Long.MAX_VALUE)).isEmpty();
        assertThatThrownBy(() -> files.read(Long.MAX_VALUE)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theLimitsAreTheConfiguredDefaults() {
        assertThat(files.maxFileSize()).isEqualTo(20L * 1024 * 1024);
        assertThat(limits.maxFileSize().toMegabytes()).isEqualTo(20);
        assertThat(limits.maxPerApplication().toMegabytes()).isEqualTo(200);
        assertThat(limits.maxFileSizeText()).isEqualTo("20 MB");
        assertThat(limits.maxPerApplicationText()).isEqualTo("200 MB");
    }

    static String sha256Of(byte[] bytes) {
        try {
            return sha256(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
