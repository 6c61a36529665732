package dev.saldo.portal.staff.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The risk model in use: retrained from the whole portfolio's history every night (one instance at a
 * time) and kept in the database, so every instance scores with the same model and a restart keeps it.
 */
@Service
public class RiskModels {

    private static final Logger log = LoggerFactory.getLogger(RiskModels.class);

    private final DebtorHistories histories;
    private final MongoTemplate mongo;
    private final Clock clock;

    RiskModels(DebtorHistories histories, MongoTemplate mongo, Clock clock) {
        this.histories = histories;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The current model, trained now if there is none yet; empty while the portfolio has too little history. */
    public Optional<RiskTraining.Trained> current() {
        var stored = mongo.findById(StoredRiskModel.CURRENT, StoredRiskModel.class);
        return stored != null ? Optional.of(stored.toTrained()) : retrain();
    }

    @Scheduled(cron = "${saldo.staff.risk-retrain-cron:0 40 4 * * *}", zone = "${saldo.time-zone:America/Santiago}")
    @SchedulerLock(name = "staff-risk-retrain", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void nightlyRetrain() {
        retrain();
    }

    /** Trains on every debtor's history and replaces the stored model; empty if there is not enough history. */
    public Optional<RiskTraining.Trained> retrain() {
        try {
            var trained = RiskTraining.train(histories.all(), LocalDate.now(clock));
            mongo.save(StoredRiskModel.of(trained, clock.instant()));
            log.info("Risk model retrained: {}", trained.quality());
            return Optional.of(trained);
        } catch (IllegalArgumentException notEnoughHistory) {
            log.info("Risk model not trained: {}", notEnoughHistory.getMessage());
            return Optional.empty();
        }
    }
}
