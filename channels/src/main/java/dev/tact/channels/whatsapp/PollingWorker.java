package dev.tact.channels.whatsapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A background loop over a durable table. Each pass reads what is due and hands each piece of work to a small pool,
 * keyed by the customer it concerns: work for a customer whose earlier work is still running waits for the next
 * pass, so one customer's rows are never worked on twice at once nor out of order, while a slow customer does not
 * hold up the others. When a pass found nothing new it waits for a {@link #wake()}, a finished task or the poll
 * interval.
 */
abstract class PollingWorker implements AutoCloseable {

    /** A piece of work and the customer it belongs to. */
    record Task(String key, Runnable work) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PollingWorker.class);

    private final String name;
    private final Duration pollInterval;
    private final ExecutorService pool;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
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

    /** What is due now; an empty list means there is nothing to do. */
    abstract List<Task> due();

    /** Starts the due work of customers with nothing running; returns the futures of what it started. */
    private List<Future<?>> dispatch() {
        List<Future<?>> started = new ArrayList<>();
        for (Task task : due()) {
            if (!inFlight.add(task.key())) {
                continue;
            }
            try {
                started.add(pool.submit(() -> {
                    try {
                        task.work().run();
                    } catch (RuntimeException e) {
                        LOG.error("{}: a task failed", name, e);
                    } finally {
                        inFlight.remove(task.key());
                        signal.raise();
                    }
                }));
            } catch (RejectedExecutionException e) {
                inFlight.remove(task.key());
                break;
            }
        }
        return started;
    }

    /** Runs one pass and waits for the work it started; says how much it started (for tests and tools). */
    public int runOnce() {
        List<Future<?>> started = dispatch();
        for (Future<?> future : started) {
            try {
                future.get();
            } catch (ExecutionException e) {
                LOG.error("{}: a task failed", name, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return started.size();
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

    /** New work is there: look now rather than at the next poll. */
    public void wake() {
        signal.raise();
    }

    private void loop() {
        while (running) {
            try {
                if (dispatch().isEmpty()) {
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

    /**
     * Stops after the work under way: its tasks finish (a turn takes milliseconds, a Graph API call at most its
     * timeout) rather than being interrupted halfway through a database write.
     */
    @Override
    public synchronized void close() {
        running = false;
        signal.raise();
        try {
            if (loop != null) {
                loop.join(TimeUnit.SECONDS.toMillis(30));
            }
            pool.shutdown();
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("{}: tasks still running at shutdown; interrupting them", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }
}
