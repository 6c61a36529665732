package dev.saldo.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.contact.Channel;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuietHoursAndChannelChoiceTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 9, 0, 0);
    private static final Set<Channel> ALL = Set.of(Channel.values());

    @Test
    void overnight_quiet_hours_hold_a_late_message_until_the_morning() {
        var night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
        assertThat(night.nextAllowed(MONDAY.withHour(22))).isEqualTo(MONDAY.plusDays(1).withHour(8));
        assertThat(night.nextAllowed(MONDAY.withHour(6))).isEqualTo(MONDAY.withHour(8));
        assertThat(night.nextAllowed(MONDAY.withHour(8))).isEqualTo(MONDAY.withHour(8));
        assertThat(night.nextAllowed(MONDAY.withHour(20).withMinute(59))).isEqualTo(MONDAY.withHour(20).withMinute(59));
    }

    @Test
    void daytime_quiet_hours_hold_a_message_until_they_end_the_same_day() {
        var lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(lunch.contains(LocalTime.of(12, 59))).isFalse();
        assertThat(lunch.contains(LocalTime.of(13, 0))).isTrue();
        assertThat(lunch.nextAllowed(MONDAY.withHour(14))).isEqualTo(MONDAY.withHour(15));
        assertThat(QuietHours.parse("13:00", "nonsense")).isEmpty();
        assertThat(QuietHours.parse("21:00", "08:00")).contains(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
    }

    @Test
    void the_last_channel_that_worked_comes_first_then_the_preferred_one_then_the_steps_order() {
        var step = List.of(Channel.EMAIL, Channel.WHATSAPP, Channel.SMS);
        assertThat(ChannelChoice.order(step, null, Channel.SMS, Set.of(), false, ALL))
                .containsExactly(Channel.SMS, Channel.EMAIL, Channel.WHATSAPP);
        assertThat(ChannelChoice.order(step, Channel.WHATSAPP, Channel.SMS, Set.of(), false, ALL))
                .containsExactly(Channel.WHATSAPP, Channel.SMS, Channel.EMAIL);
    }

    @Test
    void opted_out_channels_are_left_out_except_for_a_legally_required_notice() {
        var step = List.of(Channel.EMAIL, Channel.SMS);
        assertThat(ChannelChoice.order(step, Channel.SMS, Channel.SMS, Set.of(Channel.SMS), false, ALL))
                .containsExactly(Channel.EMAIL);
        assertThat(ChannelChoice.order(step, null, Channel.EMAIL, Set.of(Channel.SMS), true, ALL))
                .containsExactly(Channel.EMAIL, Channel.SMS);
    }

    @Test
    void a_channel_without_an_address_is_left_out_and_one_outside_the_step_is_not_added() {
        var step = List.of(Channel.SMS, Channel.EMAIL);
        assertThat(ChannelChoice.order(step, Channel.WHATSAPP, Channel.WHATSAPP, Set.of(), false, Set.of(Channel.EMAIL)))
                .containsExactly(Channel.EMAIL);
    }

    @Test
    void retries_wait_twice_as_long_each_time_up_to_a_cap() {
        var first = Duration.ofMinutes(5);
        var cap = Duration.ofHours(6);
        assertThat(ChannelChoice.backoff(1, first, cap)).isEqualTo(Duration.ofMinutes(5));
        assertThat(ChannelChoice.backoff(2, first, cap)).isEqualTo(Duration.ofMinutes(10));
        assertThat(ChannelChoice.backoff(4, first, cap)).isEqualTo(Duration.ofMinutes(40));
        assertThat(ChannelChoice.backoff(30, first, cap)).isEqualTo(cap);
    }
}
