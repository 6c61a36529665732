package dev.saldo.portal.database;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection whose queries answer copies of the stored documents, so that a write to one document is
 * atomic for everyone who reads it.
 *
 * <p>mongo-java-server answers a query with the very objects it keeps in its map, and encodes them onto the
 * wire after it has let go of the collection's lock; an update then changes the stored object in place. A
 * reader could so receive half an update, or see the encoder fail with a {@code ConcurrentModificationException}
 * and the connection close: twelve confirmations of one payment racing in {@code PaymentConcurrencyIT} hit
 * it in CI, and in one of 90 repeated runs here (none in 200 since). Every read and every update finds its documents through
 * {@link #createQueryResult}, so copying there means the stored objects are never changed after they are
 * stored: an update changes its own copy and puts it in the map in one step, and the file writer, which
 * serialises the map in the background, never sees a document half changed either. Only the documents a
 * query matched are copied.
 */
class CopyingH2Collection extends H2Collection {

    CopyingH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
            MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        return super.createQueryResult(matched.stream().map(Document::cloneDeeply).toList(), batchSize);
    }
}
