package dev.saldo.portal.debtor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Debtors extends MongoRepository<Debtor, String> {

    Optional<Debtor> findByExternalId(String externalId);

    List<Debtor> findByExternalIdIn(Collection<String> externalIds);
}
