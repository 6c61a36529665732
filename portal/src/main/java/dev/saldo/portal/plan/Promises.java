package dev.saldo.portal.plan;

import java.time.LocalDate;
import java.util.List;

import dev.saldo.domain.plan.PromiseStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Promises extends MongoRepository<PromiseRecord, String> {

    List<PromiseRecord> findByDebtorIdOrderByMadeAtDesc(String debtorId);

    List<PromiseRecord> findByDebtorIdAndStatusOrderByMadeAtAsc(String debtorId, PromiseStatus status);

    long countByDebtorIdAndStatus(String debtorId, PromiseStatus status);

    Slice<PromiseRecord> findByStatusAndBreaksOnLessThanEqual(PromiseStatus status, LocalDate day, Pageable pageable);
}
