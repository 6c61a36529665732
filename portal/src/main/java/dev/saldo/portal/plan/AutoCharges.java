package dev.saldo.portal.plan;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AutoCharges extends MongoRepository<AutoCharge, String> {

    Optional<AutoCharge> findFirstByDebtorIdOrderByAtDesc(String debtorId);
}
