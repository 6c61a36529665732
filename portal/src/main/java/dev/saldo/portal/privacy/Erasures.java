package dev.saldo.portal.privacy;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Erasures extends MongoRepository<ErasureRecord, String> {

    List<ErasureRecord> findByDebtorId(String debtorId);
}
