package org.setsafe.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What db-scheduler records as the holder of a job ({@code picked_by}) for this instance. */
class SchedulerInstanceNameTest {

  private final SchedulerInstanceName config = new SchedulerInstanceName();

  @Test
  void byDefaultEachInstanceHasItsOwnNameWithItsProcessInIt() {
    String first = name("");
    String second = name(" ");
    assertThat(first).isNotEqualTo(second).contains("-" + ProcessHandle.current().pid() + "-");
    assertThat(second).contains("-" + ProcessHandle.current().pid() + "-");
  }

  @Test
  void setsafeSchedulerNameNamesIt() {
    assertThat(name(" stage-4-east ")).isEqualTo("stage-4-east");
  }

  private String name(String configured) {
    return config.dbSchedulerCustomizer(configured).schedulerName().orElseThrow().getName();
  }
}
