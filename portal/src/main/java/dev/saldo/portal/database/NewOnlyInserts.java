package dev.saldo.portal.database;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Stores a batch of documents in one unordered bulk insert and lets the collection's unique indexes turn
 * away what is already stored. There is no "which of these exist?" query first on purpose: the embedded
 * server answers {@code $in} and non-unique lookups by scanning the whole collection, which made large
 * imports quadratic. Documents must carry their own id and version, since no repository fills them in.
 */
@Service
public class NewOnlyInserts {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    NewOnlyInserts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts the batch; any error other than a duplicate key is thrown (and may leave part of it stored). */
    public <T> Outcome<T> insert(Class<T> type, List<T> batch) {
        if (batch.isEmpty()) {
            return new Outcome<>(List.of(), List.of());
        }
        var turnedAway = new HashSet<Integer>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(batch).execute();
        } catch (BulkOperationException e) {
            for (var error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                turnedAway.add(error.getIndex());
            }
        }
        var stored = new ArrayList<T>();
        var known = new ArrayList<T>();
        for (int i = 0; i < batch.size(); i++) {
            (turnedAway.contains(i) ? known : stored).add(batch.get(i));
        }
        return new Outcome<>(List.copyOf(stored), List.copyOf(known));
    }

    /** What {@link #insert} stored and what a unique index turned away as already known, each in batch order. */
    public record Outcome<T>(List<T> stored, List<T> turnedAway) {
    }
}
