package dev.saldo.portal.plan;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TimelineEntries extends MongoRepository<TimelineEntry, String> {

    Slice<TimelineEntry> findByDebtorIdOrderByAtDesc(String debtorId, Pageable pageable);
}
