package dev.saldo.portal.database;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 backend writes its file in the background about once a second, so a process
 * killed outright (SIGKILL, the OOM killer, a pulled container) loses what it acknowledged in its last
 * second: the benchmark's crash run lost payment attempts whose checkout the debtor then paid. This one
 * writes the file before it answers a command that changed anything. A write that was acknowledged is
 * then in the file (the operating system's cache, so it survives the process, not a power cut).
 *
 * <p>Its databases also keep the non-unique indexes the H2 backend ignores ({@link OrderedIndex}), and their
 * collections answer copies of what they store and read one document for a query on one {@code _id}
 * ({@link EmbeddedH2Collection}), and a client's find is answered in batches as MongoDB sizes them
 * ({@link ReplyBatches}).
 */
class DurableH2Backend extends H2Backend {

    /** H2's interval for the background writer, which also compacts the file. */
    static final int BACKGROUND_WRITE_MILLIS = 1000;

    /**
     * H2's "auto-commit buffer", in KB, which also sizes each step of its background compaction: an idle
     * step moves up to eight times this much of the file, and a busy one rewrites a quarter of it, holding
     * the store's lock that every write's commit needs. H2's default scales with the heap up to 19 MB, so
     * after a bulk load (100 000 debtors leave a 2.9 GB file, mostly dead chunks, since this backend commits
     * every write) one step moved about 150 MB: a write waited 1.3 s for the lock, and the per-debtor API's
     * p99 reached one second. 1 MB makes a step take milliseconds. The price is disk: compaction falls
     * behind during a bulk load, which left a 7 GB file at 100 000 debtors instead of 3 GB, and H2 reuses
     * that space but never gives it back (infra/bench/RESULTS.md).
     */
    static final int COMPACTION_STEP_KB = 1024;

    DurableH2Backend(String file) {
        super(openWithoutBackgroundWriter(file));
        // Every collection has been read and its indexes rebuilt: the file may be compacted from now on.
        getMvStore().setAutoCommitDelay(BACKGROUND_WRITE_MILLIS);
    }

    /**
     * Opening reads every collection to rebuild its indexes. H2's background writer compacts the file meanwhile,
     * and frees a chunk it rewrote 45 s later (its retention time) even while a reader that started before
     * still needs it. A 2.9 GB file left by generating 100 000 debtors took a minute to open, and opening it
     * failed with "Chunk … not found" twice in a row. So the writer starts once the store is open.
     */
    private static MVStore openWithoutBackgroundWriter(String file) {
        return new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(COMPACTION_STEP_KB).open();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new Database(name);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }

    /**
     * An inner class, not a nested one: {@link H2Database} opens every existing collection from its own
     * constructor, before a subclass's fields are set, while the enclosing backend's store is there from
     * the start.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        /** The same maps, under the same names, as {@link H2Database} opens: files written before read the same. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            var namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new EmbeddedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                Oplog oplog) {
            return ReplyBatches.during(command, query, () -> EmbeddedH2Collection.LeadingMatch.during(command, query,
                    () -> super.handleCommand(channel, command, query, resolver, oplog)));
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collection, String indexName, List<IndexKey> keys,
                boolean sparse) {
            if (!OrderedIndex.supports(keys)) {
                return super.openOrCreateSecondaryIndex(collection, indexName, keys, sparse);
            }
            var keyOrder = new ObjectDataType();
            return new OrderedIndex(indexName, keys, sparse, keyOrder::compare);
        }
    }
}
