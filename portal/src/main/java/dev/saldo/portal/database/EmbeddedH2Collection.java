package dev.saldo.portal.database;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.RandomAccess;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that fixes what mongo-java-server does that the portal cannot live with: the two below,
 * and three ways it read whole collections where a MongoDB reads an index: queries pick the best
 * {@link OrderedIndex} (and read it in order for a sorted query with a limit), keyset pages by {@code _id}
 * walk from the last id ({@link #nextByIdFrom}), and aggregations that start with {@code $match}, every
 * count among them, read through that query ({@link #queryAllAsStream}).
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

    private final MVMap<Object, Document> data;

    EmbeddedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
            MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
        this.data = data;
    }

    /**
     * The matched documents as a list that copies each one when it is read. An update reads them under the
     * collection's lock; a reader's are read as they are encoded, and a cursor's later batches when the client
     * asks for them, from stored objects that no update changes any more, since every update changes a copy.
     * So a large scan holds copies of one batch at a time, not of everything it matched.
     */
    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        int firstBatch = ReplyBatches.takeFirstBatch(getCollectionName());
        return super.createQueryResult(new Copies(matched),
                firstBatch > 0 ? ReplyBatches.fitting(matched, firstBatch) : batchSize);
    }

    /** The matches the first reply left, handed out in batches of at most 16 MiB ({@link ReplyBatches}). */
    @Override
    protected Cursor createCursor(List<Document> remaining) {
        var stored = remaining instanceof Copies copies ? copies.stored : remaining;
        var cursor = new ReplyBatches.Cursor(cursorRegistry.generateCursorId(), stored);
        cursorRegistry.add(cursor);
        return cursor;
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

        @Override
        public List<Document> subList(int from, int to) {
            return new Copies(stored.subList(from, to));
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
        if (limit > 0 && isByIdAscending(orderBy) && idLowerBound(query) instanceof String from) {
            return matchDocuments(query, nextByIdFrom(from, query, skip + limit), orderBy, skip, limit, batchSize, projection);
        }
        OrderedIndex best = null;
        int bestBound = 0;
        for (var index : getIndexes()) {
            if (index instanceof OrderedIndex ordered) {
                int bound = ordered.boundFields(query);
                if (bound > bestBound) {
                    best = ordered;
                    bestBound = bound;
                }
            } else if (index.canHandle(query)) {
                // A unique index: one document at most.
                return matchDocuments(query, index.getPositions(query), orderBy, skip, limit, batchSize, projection);
            }
        }
        if (best != null) {
            if (limit > 0 && best.readsInOrder(orderBy)) {
                var first = best.firstInOrder(query, skip + limit, this::getDocument, document -> documentMatchesQuery(document, query));
                return matchDocuments(query, first, orderBy, skip, limit, batchSize, projection);
            }
            return matchDocuments(query, best.getPositions(query), orderBy, skip, limit, batchSize, projection);
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
    }

    /**
     * An aggregation reads its collection through this, whole, and only then applies its stages, so a count
     * (the Java driver's {@code countDocuments}, Spring Data's {@code exists} and {@code count}, which are
     * {@code [$match, $group]} pipelines) copied and matched every document of the collection, whatever the
     * indexes. When the pipeline starts with a {@code $match} the database handed over (see {@link
     * LeadingMatch}), this answers that query instead, through the indexes; the {@code $match} stage then
     * matches the same documents again and lets all of them through.
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        var match = LeadingMatch.take(getCollectionName());
        return match != null ? handleQueryAsStream(match) : super.queryAllAsStream();
    }

    /**
     * The {@code $match} an aggregation command starts with, kept for its thread while the database runs the
     * command, and taken by the first read of that collection, which is the aggregation's own. Only pipelines
     * that read no other collection, or this one twice ({@code $lookup}, {@code $graphLookup}, {@code
     * $unionWith}, {@code $facet}), and matches made of plain conditions, which a find answers as the
     * {@code $match} stage would.
     */
    static final class LeadingMatch {

        private static final HandOver<Document> PENDING = new HandOver<>();
        private static final Set<String> READING_AGAIN = Set.of("$lookup", "$graphLookup", "$unionWith", "$facet");
        private static final Set<String> NOT_A_FIND = Set.of("$expr", "$where", "$text", "$jsonSchema", "$function");

        private LeadingMatch() {
        }

        /** Runs the command with its leading match handed over, if it is an aggregation that has one. */
        static Document during(String command, Document query, java.util.function.Supplier<Document> run) {
            if (!command.equalsIgnoreCase("aggregate") || !(query.get("aggregate") instanceof String collection)) {
                return run.get();
            }
            var match = leadingMatch(query.get("pipeline"));
            if (match == null) {
                return run.get();
            }
            return PENDING.during(collection, match, run);
        }

        static Document take(String collection) {
            return PENDING.take(collection);
        }

        private static Document leadingMatch(Object pipeline) {
            if (!(pipeline instanceof List<?> stages) || stages.isEmpty()
                    || !(stages.getFirst() instanceof Document first) || first.size() != 1
                    || !(first.get("$match") instanceof Document match) || mentions(match, NOT_A_FIND)) {
                return null;
            }
            for (var stage : stages) {
                if (!(stage instanceof Document document) || document.keySet().stream().anyMatch(READING_AGAIN::contains)) {
                    return null;
                }
            }
            return match;
        }

        private static boolean mentions(Object value, Set<String> operators) {
            return switch (value) {
                case Document document -> document.entrySet().stream()
                        .anyMatch(e -> operators.contains(e.getKey()) || mentions(e.getValue(), operators));
                case Collection<?> values -> values.stream().anyMatch(v -> mentions(v, operators));
                case null, default -> false;
            };
        }
    }

    private boolean isByIdAscending(Document orderBy) {
        return orderBy != null && orderBy.size() == 1 && orderBy.get(getIdField()) instanceof Number direction
                && direction.intValue() == 1;
    }

    /** The value of a {@code $gt} or {@code $gte} on the query's own {@code _id}, or null. */
    private Object idLowerBound(Document query) {
        if (query.get(getIdField()) instanceof Document operators) {
            var bound = operators.get("$gt");
            return bound != null ? bound : operators.get("$gte");
        }
        return null;
    }

    /**
     * Keyset paging, {@code {…, _id: {$gt: last}}} by {@code _id} with a limit, read as a MongoDB index on
     * {@code _id} reads it: the stored documents in {@code _id} order from {@code last}, each matched against the
     * query, until {@code wanted} match. Each page then costs what it walks past, not the whole collection
     * (which every page of the fee job read, and sorted, before). The map keeps {@code _id}s in that order
     * per type; string ids compare as Java strings, which is MongoDB's order for every id the portal makes
     * (UUIDs, prefixed keys). A string bound matches only strings, so the walk ends at the last string id.
     */
    private List<Object> nextByIdFrom(String from, Document query, int wanted) {
        var found = new ArrayList<Object>();
        var cursor = data.cursor(from);
        while (cursor.hasNext() && found.size() < wanted) {
            var id = cursor.next();
            if (!(id instanceof String)) {
                break;
            }
            if (documentMatchesQuery(cursor.getValue(), query)) {
                found.add(id);
            }
        }
        return found;
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
