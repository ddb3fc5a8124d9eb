package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TlsFloorTest {
  @Test
  void everyServicesNameForTls12OrLaterIsModern() {
    assertThat(TlsFloor.modern("1.2")).isTrue();
    assertThat(TlsFloor.modern("TLS1_2")).isTrue();
    assertThat(TlsFloor.modern("TLS_1_3")).isTrue();
    assertThat(TlsFloor.modern("TLSv1.2,TLSv1.3")).isTrue();
    assertThat(TlsFloor.modern("Policy-Min-TLS-1-2-2019-07")).isTrue();
    assertThat(TlsFloor.modern("Policy-Min-TLS-1-2-PFS-2023-10")).isTrue();
    assertThat(TlsFloor.modern("Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08")).isTrue();
  }

  @Test
  void olderVersionsAndValuesThatTurnTheMinimumOffAreNot() {
    assertThat(TlsFloor.modern("1.1")).isFalse();
    assertThat(TlsFloor.modern("TLS1_0")).isFalse();
    assertThat(TlsFloor.modern("TLSv1.1,TLSv1.2")).isFalse();
    assertThat(TlsFloor.modern("Disabled")).isFalse();
    assertThat(TlsFloor.modern("TLSEnforcementDisabled")).isFalse();
    assertThat(TlsFloor.modern("None")).isFalse();
    assertThat(TlsFloor.modern("Policy-Min-TLS-1-0-2019-07")).isFalse();
    assertThat(TlsFloor.modern("Policy-Max-TLS-1-2")).isFalse();
  }
}
