package dev.saldo.portal.database;

import java.util.List;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/** The H2 backend's database with the non-unique indexes it would otherwise ignore (see {@link EqualityIndex}). */
class IndexedH2Database extends H2Database {

    IndexedH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collection, String indexName, List<IndexKey> keys,
            boolean sparse) {
        if (!EqualityIndex.supports(keys)) {
            return super.openOrCreateSecondaryIndex(collection, indexName, keys, sparse);
        }
        var keyOrder = new ObjectDataType();
        return new EqualityIndex(indexName, keys, sparse, keyOrder::compare);
    }
}
