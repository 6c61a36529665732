package dev.saldo.portal.database;

import java.util.List;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.Unpooled;

/**
 * How many documents go in one reply to a client's {@code find}, as MongoDB decides it: the first batch holds
 * what the client asked for, or 101 documents when it named no batch size and no limit; every batch, later
 * ones included, stops before 16 MiB. mongo-java-server put every match in the first reply unless the client
 * named a batch size, so a query over more than 48 MB (all the invoices of 100 000 debtors are 133 MB) failed
 * in the driver, which refuses larger replies, where a MongoDB answers it in batches.
 *
 * <p>Only a client's {@code find} is batched. The server's own reads (updates, deletes, counts, aggregations)
 * go through the same query methods with no batch size and read every match from the first batch, so they are
 * left whole: the find's first batch is handed over ({@link HandOver}) to the first reply built on that
 * collection, which is the find's own.
 */
final class ReplyBatches {

    /** MongoDB's first batch when the client names neither a batch size nor a limit. */
    static final int FIRST_BATCH = 101;

    /** MongoDB's largest reply: its documents stop before this many bytes (one larger document goes alone). */
    static final int MOST_BYTES = 16 * 1024 * 1024;

    private static final HandOver<Integer> FIRST_BATCHES = new HandOver<>();

    private ReplyBatches() {
    }

    /** Runs the command with its first batch's size handed over, if it is a client's {@code find}. */
    static Document during(String command, Document query, Supplier<Document> run) {
        if (!command.equalsIgnoreCase("find") || !(query.get("find") instanceof String collection)) {
            return run.get();
        }
        return FIRST_BATCHES.during(collection, firstBatch(query), run);
    }

    /**
     * The documents the first reply may hold for this collection's find on this thread, taken once; 0 when
     * this is not a client's find (every match, as mongo-java-server answers its own reads).
     */
    static int takeFirstBatch(String collection) {
        var firstBatch = FIRST_BATCHES.take(collection);
        return firstBatch != null ? firstBatch : 0;
    }

    private static int firstBatch(Document find) {
        int batchSize = number(find.get("batchSize"));
        if (batchSize > 0) {
            return batchSize;
        }
        // A limit (or a single batch) bounds the answer itself: MongoDB answers it up to 16 MiB at once.
        return number(find.get("limit")) != 0 || Boolean.TRUE.equals(find.get("singleBatch")) ? Integer.MAX_VALUE : FIRST_BATCH;
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    /** How many of the leading documents fit in one reply of at most {@code most} documents and 16 MiB; at least one. */
    static int fitting(List<Document> documents, int most) {
        int limit = Math.min(most, documents.size());
        if (limit <= 1) {
            return limit; // one document goes alone whatever its size: nothing to measure
        }
        var buffer = Unpooled.buffer();
        try {
            long bytes = 0;
            for (int n = 0; n < limit; n++) {
                buffer.clear();
                BsonEncoder.encodeDocument(documents.get(n), buffer);
                bytes += buffer.writerIndex();
                if (bytes > MOST_BYTES && n > 0) {
                    return n;
                }
            }
            return limit;
        } finally {
            buffer.release();
        }
    }

    /**
     * The rest of a find's matches, handed out a batch per {@code getMore}: as many as asked (the driver sends no
     * batch size when the find named none: then as many as fit), never more than 16 MiB; each document copied as
     * it is handed out, as {@link EmbeddedH2Collection} answers every query.
     */
    static final class Cursor extends AbstractCursor {

        private final List<Document> stored;
        private int next;

        /**
         * @param stored the matches still to hand out, as stored: measured without copying, since a stored
         *               document never changes
         */
        Cursor(long id, List<Document> stored) {
            super(id);
            this.stored = stored;
        }

        @Override
        public synchronized boolean isEmpty() {
            return next >= stored.size();
        }

        @Override
        public synchronized List<Document> takeDocuments(int asked) {
            var rest = stored.subList(next, stored.size());
            int taken = fitting(rest, asked > 0 ? asked : Integer.MAX_VALUE);
            next += taken;
            return rest.subList(0, taken).stream().map(Document::cloneDeeply).toList();
        }
    }
}
