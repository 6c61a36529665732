package dev.saldo.portal.fee;

import org.springframework.data.mongodb.repository.MongoRepository;

interface FeeRuleRecords extends MongoRepository<FeeRuleRecord, String> {
}
