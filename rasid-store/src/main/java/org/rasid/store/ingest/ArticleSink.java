package org.rasid.store.ingest;

import org.rasid.core.model.Document;
import org.rasid.store.IngestFailure;

/** Receives what a reader finds: articles, and failures of single records or whole files. */
public interface ArticleSink {

  void accept(Document doc);

  void fail(IngestFailure failure);
}
