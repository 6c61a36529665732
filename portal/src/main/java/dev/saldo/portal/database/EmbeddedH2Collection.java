package dev.saldo.portal.database;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that fixes two things mongo-java-server does that the portal cannot live with.
 *
 * <p><b>Queries answer copies.</b> mongo-java-server answers a query with the very objects it keeps in its
 * map, and encodes them onto the wire after it has let go of the collection's lock; an update then changes
 * the stored object in place. A reader could so receive half an update, or see the encoder fail with a
 * {@code ConcurrentModificationException} and the connection close: twelve confirmations of one payment
 * racing in {@code PaymentConcurrencyIT} hit it in CI, and in one of 90 repeated runs here (none in 200
 * since). Every read and every update finds its documents through {@link #createQueryResult}, so copying
 * there means a stored object is never changed after it is stored: an update changes its own copy and puts
 * it in the map in one step, and the file writer, which serialises the map in the background, never sees a
 * document half changed either. Only the documents a query matched are copied, as they are read.
 *
 * <p><b>A query on one {@code _id} reads one document.</b> The unique {@code _id} index only answers a
 * query whose fields are exactly {@code _id}; {@code {_id: …, version: 3}} (every versioned save) or
 * {@code {_id: …, status: {$in: …}}} (every conditional transition) read the whole collection. Such a query
 * now reads the one document with that {@code _id}, which the database then matches against the whole
 * query as before.
 */
class EmbeddedH2Collection extends H2Collection {

    EmbeddedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
            MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    /**
     * The matched documents as a list that copies each one when it is read. An update reads them under the
     * collection's lock; a reader's are read as they are encoded, and a cursor's later batches when the client
     * asks for them, from stored objects that no update changes any more, since every update changes a copy.
     * So a large scan holds copies of one batch at a time, not of everything it matched.
     */
    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        return super.createQueryResult(new Copies(matched), batchSize);
    }

    private static final class Copies extends AbstractList<Document> implements RandomAccess {

        private final List<Document> stored;

        Copies(List<Document> stored) {
            this.stored = stored;
        }

        @Override
        public Document get(int index) {
            return stored.get(index).cloneDeeply();
        }

        @Override
        public int size() {
            return stored.size();
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document projection) {
        // A query that is only {_id: …} the database's own index already takes.
        var id = query.size() > 1 || query.containsKey("$and") ? requiredId(query) : null;
        if (id != null) {
            var idOnly = new Document(getIdField(), id);
            var index = getIndexes().stream().filter(candidate -> candidate.canHandle(idOnly)).findFirst();
            if (index.isPresent()) {
                return matchDocuments(query, index.get().getPositions(idOnly), orderBy, skip, limit, batchSize, projection);
            }
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
    }

    /**
     * The one {@code _id} every match must have: a plain value of the query's {@code _id}, or of an {@code _id}
     * in one of its top-level {@code $and} conditions (the Java driver's {@code Filters.and}); null if none.
     */
    private Object requiredId(Document query) {
        if (isPlainValue(query.get(getIdField()))) {
            return query.get(getIdField());
        }
        if (query.get("$and") instanceof Collection<?> conditions) {
            for (var condition : conditions) {
                if (condition instanceof Document document && isPlainValue(document.get(getIdField()))) {
                    return document.get(getIdField());
                }
            }
        }
        return null;
    }

    /** A value the query asks to equal: not an operator document, a list, a pattern or null. */
    private static boolean isPlainValue(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
                && !(value instanceof Pattern) && !BsonRegularExpression.isRegularExpression(value);
    }
}
