package dev.saldo.portal.timeline;

import java.util.Collection;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TimelineLines extends MongoRepository<TimelineEntry, String> {

    Slice<TimelineEntry> findByDebtorIdOrderByAtDesc(String debtorId, Pageable pageable);

    Slice<TimelineEntry> findByDebtorIdAndKindInOrderByAtDesc(String debtorId, Collection<TimelineKind> kinds,
            Pageable pageable);

    Slice<TimelineEntry> findByDebtorIdAndVisibleToDebtorTrueOrderByAtDesc(String debtorId, Pageable pageable);
}
