package dev.saldo.portal.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CollectionPolicies extends MongoRepository<PolicyRecord, String> {
}
