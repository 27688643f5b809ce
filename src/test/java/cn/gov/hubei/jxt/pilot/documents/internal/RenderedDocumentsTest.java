package cn.gov.hubei.jxt.pilot.documents.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderedDocumentsTest {

    @Test
    void aFrozenDocumentIsRenderedOnceAndThenServedFromMemory() {
        RenderedDocuments documents = new RenderedDocuments(1024);
        AtomicInteger renders = new AtomicInteger();
        byte[] first = documents.get("pdf:7/1", () -> new byte[]{(byte) renders.incrementAndGet()});
        byte[] second = documents.get("pdf:7/1", () -> new byte[]{(byte) renders.incrementAndGet()});
        assertThat(second).isSameAs(first).containsExactly(1);
        assertThat(documents.get("pdf:7/2", () -> new byte[]{(byte) renders.incrementAndGet()})).containsExactly(2);
        assertThat(renders).hasValue(2);
        assertThat(documents.renderings()).isEqualTo(2);
    }

    @Test
    void parallelRequestsForOneDocumentWaitForASingleRendering() throws Exception {
        RenderedDocuments documents = new RenderedDocuments(1024);
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> documents.get("docx:1/1", () -> {
                    renders.incrementAndGet();
                    started.countDown();
                    await(release);
                    return new byte[]{42};
                })));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            release.countDown();
            for (Future<byte[]> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).containsExactly(42);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedAreDroppedBeyondTheBudget() {
        RenderedDocuments documents = new RenderedDocuments(250);
        AtomicInteger renders = new AtomicInteger();
        documents.get("a", () -> bytes(100, renders));
        documents.get("b", () -> bytes(100, renders));
        documents.get("a", () -> bytes(100, renders)); // a is now the most recently used
        documents.get("c", () -> bytes(100, renders)); // over 250: b goes
        assertThat(renders).hasValue(3);
        documents.get("a", () -> bytes(100, renders));
        documents.get("c", () -> bytes(100, renders));
        assertThat(renders).hasValue(3);
        documents.get("b", () -> bytes(100, renders));
        assertThat(renders).hasValue(4);
        // larger than the whole budget: rendered, never kept
        documents.get("huge", () -> bytes(300, renders));
        documents.get("huge", () -> bytes(300, renders));
        assertThat(renders).hasValue(6);
    }

    @Test
    void aFailedRenderingIsNotKept() {
        RenderedDocuments documents = new RenderedDocuments(1024);
        assertThatThrownBy(() -> documents.get("x", () -> {
            throw new IllegalStateException("no font");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(documents.get("x", () -> new byte[]{1})).containsExactly(1);
    }

    private static byte[] bytes(int size, AtomicInteger renders) {
        renders.incrementAndGet();
        return new byte[size];
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
