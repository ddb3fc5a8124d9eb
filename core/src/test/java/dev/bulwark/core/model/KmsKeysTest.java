package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KmsKeysTest {
  private static final Range HEADER = Range.ofLine("disk.tf", 1, 1, 30);
  private static final Range KEY = Range.ofLine("disk.tf", 2, 3, 40);
  private static final Range VALUE = Range.ofLine("disk.tf", 2, 16, 40);

  private static Fact read(Value value) {
    MapValue attributes = MapValue.of(List.of(new MapEntry("kms_key_id", KEY, value)), HEADER);
    return KmsKeys.customerManaged(attributes, "kms_key_id", HEADER);
  }

  @Test
  void aMissingOrNullKeyIsTheProvidersByDefault() {
    Fact missing = KmsKeys.customerManaged(MapValue.of(List.of(), HEADER), "kms_key_id", HEADER);
    assertThat(missing.isFalse()).isTrue();
    assertThat(missing.byDefault()).isTrue();
    assertThat(missing.range()).isEqualTo(HEADER);
    assertThat(read(new NullValue(VALUE, List.of())).byDefault()).isTrue();
  }

  @Test
  void anAwsManagedAliasIsNotACustomerKeyButAnyOtherKeyIs() {
    assertThat(read(new StringValue("alias/aws/ebs", VALUE, List.of())).isFalse()).isTrue();
    assertThat(read(new StringValue("arn:aws:kms:eu-west-1:111122223333:alias/aws/s3", VALUE, List.of())).isFalse())
        .isTrue();
    Fact customer = read(new StringValue("alias/orders", VALUE, List.of()));
    assertThat(customer.isTrue()).isTrue();
    assertThat(customer.range()).isEqualTo(KEY);
    assertThat(read(new UnknownValue("aws_kms_key.orders.arn", VALUE, List.of(), List.of())).isTrue()).isTrue();
  }

  @Test
  void qldbsNameForTheKeyAwsOwnsIsNotACustomerKey() {
    Fact owned = read(new StringValue("AWS_OWNED_KMS_KEY", VALUE, List.of()));
    assertThat(owned.isFalse()).isTrue();
    assertThat(owned.byDefault()).isFalse();
    assertThat(owned.range()).isEqualTo(KEY);
  }

  private static Fact typed(String type, boolean withKey) {
    List<MapEntry> entries = new ArrayList<>();
    if (type != null) {
      entries.add(new MapEntry("encryption_type", KEY, new StringValue(type, VALUE, List.of())));
    }
    if (withKey) {
      entries.add(new MapEntry("kms_key", KEY, new StringValue("alias/images", VALUE, List.of())));
    }
    return KmsKeys.customerManagedWithType(MapValue.of(entries, HEADER), "encryption_type", "KMS", "kms_key", HEADER);
  }

  @Test
  void anEncryptionTypeMustBeKmsWithAKeyOfTheCustomers() {
    assertThat(typed(null, true).isFalse()).isTrue();
    assertThat(typed(null, true).byDefault()).isTrue();
    assertThat(typed("AES256", true).isFalse()).isTrue();
    assertThat(typed("AES256", true).attribute()).isEqualTo("encryption_type");
    assertThat(typed("kms", false).isFalse()).isTrue();
    assertThat(typed("kms", false).attribute()).isEqualTo("kms_key");
    assertThat(typed("KMS", true).isTrue()).isTrue();
    MapValue unknownType = MapValue.of(List.of(new MapEntry("encryption_type", KEY,
        new UnknownValue("var.type", VALUE, List.of(), List.of()))), HEADER);
    assertThat(KmsKeys.customerManagedWithType(unknownType, "encryption_type", "KMS", "kms_key", HEADER).isUnknown())
        .isTrue();
  }

  @Test
  void aSuppliedKeyMustNotBeBlankButMayBeUnknown() {
    List<String> keys = List.of("kms_key_name", "raw_key");
    MapValue blank = MapValue.of(List.of(new MapEntry("raw_key", KEY, new StringValue("", VALUE, List.of()))), HEADER);
    assertThat(KmsKeys.supplied(blank, keys, "disk_encryption_key", HEADER).isFalse()).isTrue();
    assertThat(KmsKeys.supplied(blank, keys, "disk_encryption_key", HEADER).attribute())
        .isEqualTo("disk_encryption_key");
    MapValue named = MapValue.of(List.of(new MapEntry("kms_key_name", KEY,
        new UnknownValue("var.key", VALUE, List.of(), List.of()))), HEADER);
    assertThat(KmsKeys.supplied(named, keys, "disk_encryption_key", HEADER).isTrue()).isTrue();
  }

  @Test
  void theCustomerTypeIsTheOneTheServiceNames() {
    MapValue firehose = MapValue.of(List.of(
        new MapEntry("key_type", KEY, new StringValue("CUSTOMER_MANAGED_CMK", VALUE, List.of())),
        new MapEntry("key_arn", KEY, new StringValue("arn:aws:kms:eu-west-1:1:key/k", VALUE, List.of()))), HEADER);
    assertThat(KmsKeys.customerManagedWithType(firehose, "key_type", "CUSTOMER_MANAGED_CMK", "key_arn", HEADER)
        .isTrue()).isTrue();
    assertThat(KmsKeys.customerManagedWithType(firehose, "key_type", "KMS", "key_arn", HEADER).isFalse()).isTrue();
  }

  private static Value eksConfiguration(String resource, boolean withKey) {
    List<MapEntry> provider = withKey
        ? List.of(new MapEntry("KeyArn", KEY, new StringValue("arn:aws:kms:eu-west-1:1:key/k", VALUE, List.of())))
        : List.of();
    return MapValue.of(List.of(
        new MapEntry("Resources", KEY, new ListValue(List.of(new StringValue(resource, VALUE, List.of())), VALUE)),
        new MapEntry("Provider", KEY, MapValue.of(provider, VALUE))), VALUE);
  }

  private static Fact eks(Value... configurations) {
    return KmsKeys.eksSecrets(List.of(configurations), "Resources", "Provider", "KeyArn", HEADER);
  }

  @Test
  void eksSecretsNeedAConfigurationForSecretsWithAKey() {
    assertThat(eks().isFalse()).isTrue();
    assertThat(eks(eksConfiguration("secrets", true)).isTrue()).isTrue();
    assertThat(eks(eksConfiguration("s", true)).isFalse()).isTrue();
    assertThat(eks(eksConfiguration("secrets", false)).isFalse()).isTrue();
    assertThat(eks(new UnknownValue("var.encryption", VALUE, List.of(), List.of())).isUnknown()).isTrue();
  }
}
