package dev.tact.channels.whatsapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A background loop over a durable table: runs one round, and when the round found nothing to do waits for a
 * {@link #wake()} or the poll interval. The tasks of a round run on a small pool and the round ends when all are
 * done, so no row is worked on twice at once.
 */
abstract class PollingWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PollingWorker.class);

    private final String name;
    private final Duration pollInterval;
    private final ExecutorService pool;
    private final Signal signal = new Signal();
    private volatile boolean running;
    private Thread loop;

    PollingWorker(String name, int threads, Duration pollInterval) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-task");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The tasks of one round; an empty list means there is nothing to do now. */
    abstract List<Runnable> round();

    /** Runs one round to its end and says how many tasks it ran. */
    public int runOnce() {
        List<Runnable> tasks = round();
        List<Future<?>> running = new ArrayList<>();
        for (Runnable task : tasks) {
            running.add(pool.submit(task));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                LOG.error("{}: a task failed", name, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return tasks.size();
            }
        }
        return tasks.size();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        loop = new Thread(this::loop, name);
        loop.setDaemon(true);
        loop.start();
    }

    /** New work is there: start a round now rather than at the next poll. */
    public void wake() {
        signal.raise();
    }

    private void loop() {
        while (running) {
            try {
                if (runOnce() == 0) {
                    signal.await(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // e.g. the database is away for a moment: the rows are still there, try again after a pause
                LOG.error("{}: round failed; retrying after {} ms", name, pollInterval.toMillis(), e);
                try {
                    signal.await(pollInterval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.shutdownNow();
    }
}
