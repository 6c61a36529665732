package dev.saldo.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingBoundaryProperties {

    @ParameterizedTest(name = "{0} days overdue is {1}")
    @CsvSource({
        "-1, CURRENT", "0, CURRENT", "1, DAYS_1_30", "30, DAYS_1_30", "31, DAYS_31_60", "60, DAYS_31_60",
        "61, DAYS_61_90", "90, DAYS_61_90", "91, OVER_90", "9223372036854775807, OVER_90",
        "-9223372036854775808, CURRENT"
    })
    void each_boundary_falls_in_the_right_bucket(long days, AgingBucket expected) {
        assertThat(AgingBucket.forDaysOverdue(days)).isEqualTo(expected);
    }

    // The range is small enough to check every day instead of a sample.
    @Test
    void every_day_count_for_ten_years_maps_to_its_thirty_day_bucket() {
        LongStream.rangeClosed(-3650, 3650).forEach(days -> {
            AgingBucket expected = days <= 0 ? AgingBucket.CURRENT
                    : AgingBucket.values()[(int) Math.min(4, (days - 1) / 30 + 1)];
            assertThat(AgingBucket.forDaysOverdue(days)).as("%d days", days).isEqualTo(expected);
        });
    }

    @Test
    void buckets_never_go_back_as_days_pass() {
        LongStream.rangeClosed(-10, 400).forEach(days -> assertThat(AgingBucket.forDaysOverdue(days + 1))
                .as("%d days", days + 1)
                .isGreaterThanOrEqualTo(AgingBucket.forDaysOverdue(days)));
    }

    @Test
    void buckets_name_their_message_keys() {
        assertThat(AgingBucket.values()).extracting(AgingBucket::messageKey)
                .containsExactly("aging.current", "aging.1-30", "aging.31-60", "aging.61-90", "aging.90-plus");
    }
}
