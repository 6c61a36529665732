package dev.saldo.portal.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.saldo.domain.plan.PlanStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Plans extends MongoRepository<PlanRecord, String> {

    List<PlanRecord> findByDebtorIdOrderByProposedAtDesc(String debtorId);

    boolean existsByDebtorIdAndStatusIn(String debtorId, Collection<PlanStatus> statuses);

    long countByDebtorIdAndStatus(String debtorId, PlanStatus status);

    long countByDebtorId(String debtorId);

    Slice<PlanRecord> findByStatusOrderByProposedAtAsc(PlanStatus status, Pageable pageable);

    Slice<PlanRecord> findByStatusAndCurrencyOrderByProposedAtAsc(PlanStatus status, String currency, Pageable pageable);

    Slice<PlanRecord> findByStatusAndBreaksOnLessThanEqual(PlanStatus status, LocalDate day, Pageable pageable);

    Slice<PlanRecord> findByStatusAndNextDueDateLessThanEqual(PlanStatus status, LocalDate day, Pageable pageable);

    List<PlanRecord> findTop1ByDebtorIdAndStatusOrderByEndedOnDesc(String debtorId, PlanStatus status);
}
