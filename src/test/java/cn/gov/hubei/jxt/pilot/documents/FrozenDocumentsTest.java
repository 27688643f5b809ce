package cn.gov.hubei.jxt.pilot.documents;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A submitted version never changes: its 申报书 is rendered once per format and then served from memory. */
class FrozenDocumentsTest {

    @Test
    void aFrozenVersionIsRenderedOncePerFormatAndADraftEveryTime() {
        ApplicationDocuments documents = DocumentFixtures.documents();
        ApplicationDocument document = SampleApplicationDocument.minimal();

        byte[] first = documents.docxOfFrozen("12/1/2026-12-05T02:00:00Z", document);
        byte[] again = documents.docxOfFrozen("12/1/2026-12-05T02:00:00Z", document);
        assertThat(again).isSameAs(first).isEqualTo(documents.docx(document));
        assertThat(documents.frozenRenderings()).isEqualTo(1);

        documents.docxOfFrozen("12/2/2026-12-06T02:00:00Z", document);
        assertThat(documents.frozenRenderings()).as("another version is another document").isEqualTo(2);

        // drafts go through docx(...) and pdf(...), never kept
        documents.docx(document);
        assertThat(documents.frozenRenderings()).isEqualTo(2);
    }

    @Test
    void aKeptDocumentIsNotBuiltAgain() {
        ApplicationDocuments documents = DocumentFixtures.documents();
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<ApplicationDocument> build = () -> {
            built.incrementAndGet();
            return SampleApplicationDocument.minimal();
        };

        documents.pdfOfFrozen("12/1/2026-12-05T02:00:00Z", build);
        documents.pdfOfFrozen("12/1/2026-12-05T02:00:00Z", build);
        documents.docxOfFrozen("12/1/2026-12-05T02:00:00Z", build);

        assertThat(built).as("built for the PDF once, for the .docx once, not for the PDF served from memory")
                .hasValue(2);
    }

    @Test
    void noMoreDocumentsAreRenderedAtOnceThanTheMachineHasProcessors() throws Exception {
        ApplicationDocuments documents = DocumentFixtures.documents();
        ApplicationDocument document = SampleApplicationDocument.minimal();
        byte[] expected = documents.docx(document);
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<byte[]>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(clients.submit(() -> documents.docx(document)));
            }
            for (java.util.concurrent.Future<byte[]> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(documents.mostRenderingsAtOnce()).isBetween(1, ApplicationDocuments.RENDERINGS_AT_ONCE);
    }

    /**
     * A download waiting for its turn holds no document: the mapping (which reads every figure of the application) is
     * done once the turn has come. Sixteen draft PDFs asked at once held sixteen mapped applications while two were
     * rendered. Here the mappings that have their turn are held back: no other request may start its mapping.
     */
    @Test
    void aDocumentIsMappedOnlyOnceItsTurnToBeRenderedHasCome() throws Exception {
        ApplicationDocuments documents = DocumentFixtures.documents();
        ApplicationDocument document = SampleApplicationDocument.minimal();
        java.util.concurrent.atomic.AtomicInteger mappingsStarted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Supplier<ApplicationDocument> mapping = () -> {
            mappingsStarted.incrementAndGet();
            try {
                goOn.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return document;
        };
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<byte[]>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean pdf = i % 2 == 0;
                answers.add(clients.submit(() -> pdf ? documents.pdf(mapping) : documents.docx(mapping)));
            }
            for (int waited = 0; mappingsStarted.get() < ApplicationDocuments.RENDERINGS_AT_ONCE && waited < 200;
                 waited++) {
                Thread.sleep(50);
            }
            Thread.sleep(500); // time enough for the others to map, were they not waiting for their turn
            assertThat(mappingsStarted.get()).isEqualTo(ApplicationDocuments.RENDERINGS_AT_ONCE);
            goOn.countDown();
            for (java.util.concurrent.Future<byte[]> answer : answers) {
                assertThat(answer.get()).isNotEmpty();
            }
            assertThat(mappingsStarted.get()).isEqualTo(16);
        } finally {
            goOn.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void withoutBudgetEveryDownloadIsRendered() {
        ApplicationDocuments documents = new ApplicationDocuments(DocumentFixtures.messages(),
                new DocumentsProperties(DocumentsProperties.defaults().fonts(),
                        org.springframework.util.unit.DataSize.ofBytes(0)), DocumentFixtures.CLOCK);
        ApplicationDocument document = SampleApplicationDocument.minimal();
        documents.docxOfFrozen("12/1/x", document);
        documents.docxOfFrozen("12/1/x", document);
        assertThat(documents.frozenRenderings()).isEqualTo(2);
    }
}
