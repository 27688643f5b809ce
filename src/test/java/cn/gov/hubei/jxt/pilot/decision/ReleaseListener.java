package cn.gov.hubei.jxt.pilot.decision;

import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stands for an owning module's listener: records every release event and, inside the release transaction, tells the
 * person concerned through the inbox (one notice per released decision). It can be told to fail on a batch (to roll
 * the release back) or to hold the release, with the batch's lock, until the test opens a gate (to make two writers
 * overlap).
 */
class ReleaseListener {

    final List<DecisionReleased> released = new CopyOnWriteArrayList<>();
    final List<BatchReleased> batches = new CopyOnWriteArrayList<>();
    final Set<String> failOn = ConcurrentHashMap.newKeySet();
    final Map<String, Hold> holdOn = new ConcurrentHashMap<>();

    /** A release held inside its transaction: {@code entered} when it reached the listener, then waits for {@code gate}. */
    static final class Hold {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
    }

    private final Notifications notifications;

    ReleaseListener(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The user name told of a decision on {@code subjectId} in {@code batch}. */
    static String recipient(BatchKey batch, long subjectId) {
        return "dt-" + batch.name() + "-" + subjectId;
    }

    @EventListener
    void on(DecisionReleased event) {
        released.add(event);
        notifications.notify(List.of(new Recipient(recipient(event.batch(), event.subject().id()), null)),
                new Notice("decision.released", "评审结果已发布", "您的项目评审结果：" + event.outcome(),
                        "/applications/" + event.subject().id()));
        if (failOn.contains(event.batch().name())) {
            throw new IllegalStateException("the owning module's listener failed");
        }
    }

    @EventListener
    void on(BatchReleased event) throws InterruptedException {
        batches.add(event);
        Hold hold = holdOn.get(event.batch().name());
        if (hold != null) {
            hold.entered.countDown();
            if (!hold.gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        }
    }

    List<DecisionReleased> releasedIn(BatchKey batch) {
        return released.stream().filter(e -> e.batch().equals(batch)).toList();
    }

    List<BatchReleased> batchesReleased(BatchKey batch) {
        return batches.stream().filter(e -> e.batch().equals(batch)).toList();
    }
}
