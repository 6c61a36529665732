package dev.saldo.portal.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index for the embedded database, which otherwise ignores every index that is not unique and
 * scans the whole collection for each query: a debtor's invoices cost as much as the portfolio is large, and
 * a daily job's "what is due by today" ({@code {nextAction: {$lte: today}}}) as much as all there is.
 *
 * <p>Like a MongoDB index it keeps the documents in the order of its fields' values, so it answers a query
 * that asks for one value of each of its first fields and, optionally, a range of the next one:
 * {@code {debtorId: "…"}}, {@code {settled: false, dueDate: {$lt: …}}}, {@code {status: "ACTIVE", breaksOn:
 * {$lte: …}}}. It answers with the documents whose keys fall in those bounds, a superset of the matches,
 * which the database then matches against the whole query as before; a query it cannot bound is a scan, as
 * without it. An array value gives a key per element, as a multikey index does.
 *
 * <p>It lives in memory and is rebuilt from the documents when the database opens (mongo-java-server adds
 * each index to its collection by reading every document), so the file format is untouched. A document's
 * position in the H2 backend is its {@code _id}; positions are answered in the order the backend keeps its
 * documents, so a query without a sort returns them in the same order as a scan would.
 */
final class OrderedIndex extends Index<Object> {

    /** Lower and upper ends of a field's range, below and above every value. */
    private enum End {
        MIN, MAX
    }

    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();
    private static final Comparator<Object[]> KEYS = OrderedIndex::compareKeys;
    private static final java.util.Map<Class<?>, Boolean> ORDERED_TYPES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    private final List<String> fields;
    private final Comparator<Object> storeOrder;
    private final NavigableMap<Object[], NavigableSet<Object>> positions = new TreeMap<>(KEYS);
    private long entries;
    /** Documents with an array in an indexed field: sorted by their least element, so not in this index's order. */
    private long withArrays;

    /** The index's leading plain fields: a dotted path ends what it can read straight off the document. */
    OrderedIndex(String name, List<IndexKey> keys, boolean sparse, Comparator<Object> storeOrder) {
        super(name, keys, sparse);
        this.fields = keys.stream().map(IndexKey::getKey).takeWhile(OrderedIndex::isPlainField).toList();
        this.storeOrder = storeOrder;
    }

    /** Whether the first field can be read straight off the document. */
    static boolean supports(List<IndexKey> keys) {
        return isPlainField(keys.getFirst().getKey());
    }

    private static boolean isPlainField(String field) {
        return !field.contains(".") && !field.startsWith("$");
    }

    @Override
    public synchronized Object getPosition(Document document) {
        var id = document.get("_id");
        return keys(document).stream().anyMatch(key -> positions.getOrDefault(key, emptySet()).contains(id)) ? id : null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // Not unique: nothing can conflict.
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (hasArray(document)) {
            withArrays++;
        }
        for (var key : keys(document)) {
            if (positions.computeIfAbsent(key, k -> new TreeSet<>(storeOrder)).add(position)) {
                entries++;
            }
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        var position = document.get("_id");
        if (hasArray(document)) {
            withArrays--;
        }
        for (var key : keys(document)) {
            var held = positions.get(key);
            if (held != null && held.remove(position)) {
                entries--;
                if (held.isEmpty()) {
                    positions.remove(key);
                }
            }
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return boundFields(query) > 0;
    }

    /**
     * How many of the index's fields the query bounds: its leading fields asked for one value each, and one
     * more if the next is asked for a range. 0 when it bounds none, and the index cannot answer it.
     */
    int boundFields(Document query) {
        int bound = 0;
        for (var field : fields) {
            var condition = condition(query, field);
            if (isPlainValue(condition)) {
                bound++;
            } else {
                return range(condition) != null ? bound + 1 : bound;
            }
        }
        return bound;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        var found = keysWithin(query);
        if (found.size() == 1) {
            // A copy: an update through this query moves documents between keys while the caller iterates.
            return List.copyOf(found.firstEntry().getValue());
        }
        var all = new TreeSet<>(storeOrder);
        found.values().forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /**
     * Whether reading this index in order reads documents in the order {@code orderBy} asks for: all its
     * fields ascending, then perhaps {@code _id} ascending (a key's documents are kept in {@code _id} order).
     */
    synchronized boolean readsInOrder(Document orderBy) {
        if (withArrays > 0 || orderBy == null || orderBy.size() < getKeys().size() || orderBy.size() > getKeys().size() + 1
                || fields.size() != getKeys().size()) {
            return false;
        }
        var sorted = new ArrayList<>(orderBy.entrySet());
        for (int i = 0; i < sorted.size(); i++) {
            var field = i < fields.size() ? fields.get(i) : "_id";
            if (!sorted.get(i).getKey().equals(field) || !(sorted.get(i).getValue() instanceof Number direction)
                    || direction.intValue() != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code wanted} documents {@code matches} accepts, read in this index's order within the query's
     * bounds (see {@link #readsInOrder}): a sorted query with a limit ({@code nextAction <= today}, by
     * {@code nextAction} and {@code _id}, 200 at a time) then reads what it answers, not everything due.
     */
    synchronized List<Object> firstInOrder(Document query, int wanted, java.util.function.Function<Object, Document> read,
            java.util.function.Predicate<Document> matches) {
        var found = new ArrayList<Object>();
        for (var held : keysWithin(query).values()) {
            for (var position : held) {
                var document = read.apply(position);
                if (document == null) {
                    continue;
                }
                if (matches.test(document)) {
                    found.add(position);
                    if (found.size() == wanted) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    private boolean hasArray(Document document) {
        return fields.stream().anyMatch(field -> document.get(field) instanceof Collection<?>);
    }

    private NavigableMap<Object[], NavigableSet<Object>> keysWithin(Document query) {
        var lower = new Object[fields.size()];
        var upper = new Object[fields.size()];
        int i = 0;
        for (; i < fields.size(); i++) {
            var condition = condition(query, fields.get(i));
            if (isPlainValue(condition)) {
                lower[i] = condition;
                upper[i] = condition;
                continue;
            }
            var range = range(condition);
            if (range != null) {
                lower[i] = range[0];
                upper[i] = range[1];
                i++;
            }
            break;
        }
        for (; i < fields.size(); i++) {
            lower[i] = End.MIN;
            upper[i] = End.MAX;
        }
        if (KEYS.compare(lower, upper) > 0) {
            return java.util.Collections.emptyNavigableMap(); // {$gte: later, $lt: earlier}: nothing can match
        }
        return positions.subMap(lower, true, upper, true);
    }

    @Override
    public synchronized long getCount() {
        return entries;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // Not unique: nothing can conflict.
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        var before = keys(oldDocument);
        var after = keys(newDocument);
        if (hasArray(oldDocument) != hasArray(newDocument) || before.size() != after.size() || !before.stream().allMatch(key -> after.stream().anyMatch(k -> KEYS.compare(k, key) == 0))) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public synchronized void drop() {
        positions.clear();
        entries = 0;
        withArrays = 0;
    }

    /**
     * The document's keys: one value per field, in the index's order, and one key per element of an array (a
     * missing field and an empty array are null, as MongoDB indexes them). Sparse or not, every document is
     * indexed: this index answers only queries that ask for values, which a document without them never matches.
     */
    private List<Object[]> keys(Document document) {
        var keys = new ArrayList<Object[]>();
        keys.add(new Object[fields.size()]);
        for (int i = 0; i < fields.size(); i++) {
            var values = values(document.get(fields.get(i)));
            var extended = new ArrayList<Object[]>(keys.size() * values.size());
            for (var key : keys) {
                for (var value : values) {
                    var copy = key.clone();
                    copy[i] = value;
                    extended.add(copy);
                }
            }
            keys = extended;
        }
        return keys;
    }

    private static Collection<Object> values(Object value) {
        if (value instanceof Collection<?> elements) {
            var distinct = new LinkedHashSet<Object>(elements);
            if (distinct.isEmpty()) {
                distinct.add(null);
            }
            return distinct;
        }
        var single = new ArrayList<Object>(1);
        single.add(value);
        return single;
    }

    /**
     * What the query asks of the field: its own condition, or one in a top-level {@code $and} (the Java
     * driver's {@code Filters.and}); every match must satisfy either, so bounding by it loses none.
     */
    private static Object condition(Document query, String field) {
        if (query.containsKey(field)) {
            return query.get(field);
        }
        if (query.get("$and") instanceof Collection<?> conditions) {
            for (var condition : conditions) {
                if (condition instanceof Document document && document.containsKey(field)) {
                    return document.get(field);
                }
            }
        }
        return null;
    }

    /**
     * A value the query asks to equal: not an operator document, a list, a pattern or null, and of a type the
     * database knows how to order (anything a query brings over the wire).
     */
    static boolean isPlainValue(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
                && !(value instanceof Pattern) && !BsonRegularExpression.isRegularExpression(value) && isOrdered(value);
    }

    /**
     * The lowest and highest value a condition made only of {@code $gt}, {@code $gte}, {@code $lt} and
     * {@code $lte} on plain values lets through (an open end is {@link End}); null for any other condition.
     * Both ends are inclusive: the database's own match then leaves out a value an exclusive end excludes.
     */
    private static Object[] range(Object condition) {
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !RANGE_OPERATORS.containsAll(operators.keySet())) {
            return null;
        }
        Object low = End.MIN;
        Object high = End.MAX;
        for (var operator : operators.entrySet()) {
            var value = operator.getValue();
            if (!isPlainValue(value)) {
                return null;
            }
            if (operator.getKey().startsWith("$g")) {
                low = compareValues(value, low) > 0 ? value : low;
            } else {
                high = compareValues(value, high) < 0 ? value : high;
            }
        }
        // A comparison matches only values of its own type (MongoDB's type bracketing): {nextAction: {$lte: today}}
        // never matches the nulls of every cursor with nothing to do, so the range starts at the first date,
        // not before all the nulls, which a read in order would otherwise go through each time.
        if (low == End.MIN && high instanceof java.time.Instant) {
            low = java.time.Instant.MIN;
        } else if (low == End.MIN && high instanceof String) {
            low = "";
        }
        if (high == End.MAX && low instanceof java.time.Instant) {
            high = java.time.Instant.MAX;
        }
        return new Object[] {low, high};
    }

    private static int compareKeys(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            int order = compareValues(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == End.MIN || b == End.MAX) {
            return -1;
        }
        if (a == End.MAX || b == End.MIN) {
            return 1;
        }
        boolean aKnown = isOrdered(a);
        boolean bKnown = isOrdered(b);
        if (aKnown && bKnown) {
            return VALUES.compare(a, b);
        }
        // A type the database's own ordering does not know (it throws): after all it knows, by class and text.
        // Values told apart only by more than their text share a key, so an equality query gets a superset.
        if (aKnown != bKnown) {
            return aKnown ? -1 : 1;
        }
        int byClass = a.getClass().getName().compareTo(b.getClass().getName());
        return byClass != 0 ? byClass : String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static boolean isOrdered(Object value) {
        return value == null || ORDERED_TYPES.computeIfAbsent(value.getClass(), type -> {
            try {
                VALUES.compare(value, value);
                return true;
            } catch (UnsupportedOperationException unknownType) {
                return false;
            }
        });
    }

    private static NavigableSet<Object> emptySet() {
        return java.util.Collections.emptyNavigableSet();
    }
}
