package dev.saldo.portal.database;

import java.util.Map;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Something a database command knows and the collection's read does not, handed over for the command's
 * thread while the database runs it, and taken by the first read of that collection, which is the command's
 * own (mongo-java-server runs a command on one thread, and passes the collection no more than it needs).
 */
final class HandOver<T> {

    private final ThreadLocal<Map.Entry<String, T>> pending = new ThreadLocal<>();

    /** Runs the command with the value handed over to the first read of the collection. */
    Document during(String collection, T value, Supplier<Document> command) {
        pending.set(Map.entry(collection, value));
        try {
            return command.get();
        } finally {
            pending.remove();
        }
    }

    /** The value handed over to this read of the collection, once; null if none. */
    T take(String collection) {
        var handed = pending.get();
        if (handed == null || !handed.getKey().equals(collection)) {
            return null;
        }
        pending.remove();
        return handed.getValue();
    }
}
