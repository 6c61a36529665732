package dev.saldo.portal.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanPaymentLinks extends MongoRepository<PlanPaymentLink, String> {
}
