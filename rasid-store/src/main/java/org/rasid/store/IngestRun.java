package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rasid.core.model.Document;
import org.rasid.store.ingest.ArticleReaders;
import org.rasid.store.ingest.ArticleSink;
import org.rasid.store.index.ArticleIndex;

/**
 * One multi-threaded ingest run: a reader thread feeds a bounded queue, {@code threads} workers
 * analyze and index, a batch is committed every {@code batchSize} handled articles, and progress is
 * reported once a second.
 *
 * <p>Crash safety: the index only ever changes through Lucene commits, which are atomic; a killed
 * run leaves the last committed batch, and running the same ingest again skips what is there
 * (exact duplicates cost a fingerprint, not an analysis).
 */
final class IngestRun {

  private static final Document POISON = new Document("\u0000poison", "");

  private final ArticleReaders readers;
  private final ArticleIngester ingester;
  private final ArticleIndex index;
  private final IngestOptions options;
  private final IngestListener listener;

  private final AtomicInteger ingested = new AtomicInteger();
  private final AtomicInteger duplicates = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong handled = new AtomicLong();
  private final AtomicLong sinceCommit = new AtomicLong();
  private final List<IngestFailure> failures = Collections.synchronizedList(new ArrayList<>());
  private final Object commitLock = new Object();
  private volatile long read = -1;

  IngestRun(ArticleReaders readers, ArticleIngester ingester, ArticleIndex index, IngestOptions options,
      IngestListener listener) {
    this.readers = readers;
    this.ingester = ingester;
    this.index = index;
    this.options = options;
    this.listener = listener == null ? IngestListener.NONE : listener;
  }

  IngestSummary run(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    BlockingQueue<Document> queue = new ArrayBlockingQueue<>(Math.max(64, options.threads() * 32));
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemon("rasid-ingest"));
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("rasid-progress"));
    ticker.scheduleAtFixedRate(() -> progress(start), 1, 1, TimeUnit.SECONDS);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      running.add(workers.submit(() -> work(queue)));
    }
    AtomicLong count = new AtomicLong();
    ArticleSink sink = new ArticleSink() {
      @Override
      public void accept(Document doc) {
        count.incrementAndGet();
        put(queue, doc);
      }

      @Override
      public void fail(IngestFailure failure) {
        recordFailure(failure);
      }
    };
    try {
      List<Path> files = readers.files(paths, sink);
      for (int i = 0; i < files.size(); i++) {
        listener.onFile(files.get(i), i + 1, files.size());
        readers.read(files.get(i), sink);
      }
      read = count.get();
    } finally {
      for (int i = 0; i < options.threads(); i++) {
        put(queue, POISON);
      }
      workers.shutdown();
      for (Future<?> f : running) {
        await(f);
      }
      ticker.shutdownNow();
    }
    commit();
    progress(start);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new IngestSummary(ingested.get(), duplicates.get(), failed.get(), List.copyOf(failures), millis);
  }

  private void work(BlockingQueue<Document> queue) {
    while (true) {
      Document doc;
      try {
        doc = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (doc == POISON) {
        return;
      }
      IngestResult r = ingester.ingest(doc, options.stories());
      switch (r.status()) {
        case INGESTED -> ingested.incrementAndGet();
        case DUPLICATE, NEAR_DUPLICATE -> duplicates.incrementAndGet();
        case FAILED -> recordFailure(new IngestFailure(doc.id(), r.reason()));
      }
      handled.incrementAndGet();
      listener.onArticle(r);
      if (sinceCommit.incrementAndGet() >= options.batchSize()) {
        synchronized (commitLock) {
          if (sinceCommit.get() >= options.batchSize()) {
            try {
              commit();
            } catch (UncheckedIOException e) {
              // Keep draining the queue (a dead worker would block the reader forever); the
              // failure is reported and the final commit will throw if the index is broken.
              recordFailure(new IngestFailure("index", "commit failed: " + e.getCause().getMessage()));
            }
          }
        }
      }
    }
  }

  private void commit() {
    synchronized (commitLock) {
      long done = handled.get();
      sinceCommit.set(0);
      try {
        index.commit();
      } catch (IOException e) {
        throw new UncheckedIOException("commit failed", e);
      }
      listener.onCommit(done);
    }
  }

  private void recordFailure(IngestFailure f) {
    failed.incrementAndGet();
    failures.add(f);
    listener.onFailure(f);
  }

  private void progress(long start) {
    double secs = (System.nanoTime() - start) / 1e9;
    long done = handled.get();
    listener.onProgress(done, read, secs <= 0 ? 0 : done / secs);
  }

  private static void put(BlockingQueue<Document> queue, Document doc) {
    try {
      queue.put(doc);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(c);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
