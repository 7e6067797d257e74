package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Idle core workers wait to be woken; once their keep-alive has passed they must not turn into a busy loop. */
class WorkersIdleTest {

  @Test
  void coreWorkersPastTheirKeepAlive_parkUntilWoken_andStillTakeWork() throws Exception {
    Workers workers = new Workers(2, 4, "idle-test", TimeUnit.MILLISECONDS.toNanos(1));
    try {
      for (int round = 0; round < 2; round++) {
        CountDownLatch ran = new CountDownLatch(2);
        workers.execute(ran::countDown, 2, 2);
        assertTrue(ran.await(5, TimeUnit.SECONDS), "round " + round + " ran");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (workers.parkedIndefinitely() < 2 && System.nanoTime() < deadline) Thread.onSpinWait();
        assertEquals(2, workers.parkedIndefinitely(), () -> "both core workers wait without a timer, long after their"
            + " 1 ms keep-alive; threads: " + workers.liveThreads().stream().map(t -> t.getName() + "=" + t.getState())
            .toList());
      }
    } finally {
      workers.close();
    }
  }
}
