package dev.saldo.portal.database;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index for the embedded database, which otherwise ignores every index that is not unique and
 * scans the whole collection for each query: a debtor's invoices, timeline or payments cost as much as the
 * portfolio is large. This one answers the queries that ask for one string value of the index's first field
 * ({@code {debtorId: "…", …}}) with the documents that hold that value, which the database then matches
 * against the whole query as before; every other query is a scan, as without it. It lives in memory and is
 * rebuilt from the documents when the database opens (mongo-java-server adds each index to its collection by
 * reading every document), so its file format is untouched.
 *
 * <p>A document's position in the H2 backend is its {@code _id}; positions are kept in the order the backend
 * keeps its documents, so a query without a sort returns them in the same order as a scan would.
 */
final class EqualityIndex extends Index<Object> {

    private final String field;
    private final Comparator<Object> storeOrder;
    private final Map<String, NavigableSet<Object>> positions = new HashMap<>();
    private long entries;

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse, Comparator<Object> storeOrder) {
        super(name, keys, sparse);
        this.field = keys.getFirst().getKey();
        this.storeOrder = storeOrder;
    }

    /** Only a plain first field can be read straight off the document; a dotted path stays a scan. */
    static boolean supports(List<IndexKey> keys) {
        var first = keys.getFirst().getKey();
        return !first.contains(".") && !first.startsWith("$");
    }

    @Override
    public synchronized Object getPosition(Document document) {
        var id = document.get("_id");
        return values(document).stream().anyMatch(value -> positions.getOrDefault(value, emptySet()).contains(id)) ? id : null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // Not unique: nothing can conflict.
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (var value : values(document)) {
            if (positions.computeIfAbsent(value, v -> new TreeSet<>(storeOrder)).add(position)) {
                entries++;
            }
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        var position = document.get("_id");
        for (var value : values(document)) {
            var held = positions.get(value);
            if (held != null && held.remove(position)) {
                entries--;
                if (held.isEmpty()) {
                    positions.remove(value);
                }
            }
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return query.get(field) instanceof String;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        // A copy: an update through this query moves documents between values while the caller iterates.
        return List.copyOf(positions.getOrDefault((String) query.get(field), emptySet()));
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
        if (!values(oldDocument).equals(values(newDocument))) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public synchronized void drop() {
        positions.clear();
        entries = 0;
    }

    /** The strings a query for one value of the field would match: the value, or each string in an array. */
    private Set<String> values(Document document) {
        return switch (document.get(field)) {
            case String value -> Set.of(value);
            case Collection<?> values -> {
                var strings = new LinkedHashSet<String>();
                values.forEach(v -> {
                    if (v instanceof String s) {
                        strings.add(s);
                    }
                });
                yield strings;
            }
            case null, default -> Set.of();
        };
    }

    private static NavigableSet<Object> emptySet() {
        return java.util.Collections.emptyNavigableSet();
    }
}
