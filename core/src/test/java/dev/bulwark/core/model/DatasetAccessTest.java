package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grant to {@code allUsers} or {@code allAuthenticatedUsers} opens a dataset to everyone. */
class DatasetAccessTest {
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 40);
  private static final Range AT = Range.ofLine("main.tf", 4, 3, 30);
  private static final Range ON_ITS_LINE = Range.ofLine("main.tf", 6, 5, 15);
  private static final Resource GRANT = new Resource(new ResourceId(".", "google_bigquery_dataset_iam_binding.b"),
      "terraform", ResourceKind.MANAGED, "google_bigquery_dataset_iam_binding", HEADER, MapValue.of(List.of(), HEADER));

  private static MapEntry members(Value... values) {
    return new MapEntry("members", AT, new ListValue(List.of(values), AT));
  }

  private static Value text(String member) {
    return new StringValue(member, AT);
  }

  private static Fact google(List<MapEntry> members, boolean complete) {
    return DatasetAccess.of(GRANT, members, complete, DatasetAccess.GOOGLE_EVERYONE).grantsEveryone();
  }

  @Test
  void aPublicMemberAnywhereInTheListOpensTheDatasetAndIsReportedWhereItIsWritten() {
    DatasetAccess access = DatasetAccess.of(GRANT, List.of(members(text("group:a@example.com"),
        new StringValue("allUsers", ON_ITS_LINE))), true, DatasetAccess.GOOGLE_EVERYONE);
    assertThat(access.grantsEveryone().isTrue()).isTrue();
    assertThat(access.grantsEveryone().range()).isEqualTo(ON_ITS_LINE);
    assertThat(access.grantsEveryone().attribute()).isEqualTo("members");
    assertThat(access.member()).isEqualTo("allUsers");
  }

  @Test
  void aSingleMemberIsReportedAtItsAttribute() {
    MapEntry member = new MapEntry("member", AT, new StringValue("allAuthenticatedUsers", ON_ITS_LINE));
    assertThat(google(List.of(member), true).range()).isEqualTo(member.range());
  }

  @Test
  void namedMembersKeepItClosedAndUnknownOnesLeaveItUnknown() {
    assertThat(google(List.of(members(text("group:a@example.com"))), true).isFalse()).isTrue();
    assertThat(google(List.of(members(new UnknownValue("var.readers", AT, List.of()))), true).isUnknown()).isTrue();
    assertThat(google(List.of(), false).isUnknown()).isTrue();
  }

  @Test
  void everyoneIsWhatTheProviderCallsIt() {
    assertThat(google(List.of(members(text("all"))), true).isFalse()).isTrue();
    assertThat(DatasetAccess.of(GRANT, List.of(members(text("111122223333"), text("all"))), true,
        DatasetAccess.AWS_EVERYONE).member()).isEqualTo("all");
  }

  @Test
  void aCannedAclOrAccessLevelOpensTheDataWhenItIsAPublicOneAndNoGuardBlocksIt() {
    Located<String> acl = Located.known("public-read", "acl", AT, List.of());
    DatasetAccess open = DatasetAccess.ofSetting(GRANT, acl, DatasetAccess.S3_PUBLIC_ACLS);
    assertThat(open.grantsEveryone().isTrue()).isTrue();
    assertThat(open.member()).isEqualTo("public-read");
    assertThat(DatasetAccess.ofSetting(GRANT, Located.byDefault("private", "acl", HEADER),
        DatasetAccess.S3_PUBLIC_ACLS).grantsEveryone().isFalse()).isTrue();
    assertThat(DatasetAccess.ofSetting(GRANT, Located.unknown("acl", AT, List.of()),
        DatasetAccess.S3_PUBLIC_ACLS).grantsEveryone().isUnknown()).isTrue();

    assertThat(open.unless(Fact.byDefault(false, "block_public_acls", HEADER))).isEqualTo(open);
    DatasetAccess letThrough = open.unless(Fact.known(false, "block_public_acls", ON_ITS_LINE, List.of()));
    assertThat(letThrough.grantsEveryone().isTrue()).isTrue();
    assertThat(letThrough.grantsEveryone().range()).isEqualTo(AT);
    assertThat(letThrough.grantsEveryone().origin())
        .containsExactly(new RelatedLocation(ON_ITS_LINE, "`block_public_acls` does not block it"));
    DatasetAccess blocked = open.unless(Fact.known(true, "ignore_public_acls", ON_ITS_LINE, List.of()));
    assertThat(blocked.grantsEveryone().isFalse()).isTrue();
    assertThat(blocked.member()).isEmpty();
    assertThat(open.unless(Fact.unknown("ignore_public_acls", ON_ITS_LINE, List.of())).grantsEveryone().isUnknown())
        .isTrue();
  }

  @Test
  void aGrantToTheAllUsersGroupOpensABucket() {
    MapEntry uri = new MapEntry("uri", AT, new StringValue("http://acs.amazonaws.com/groups/global/AllUsers", AT));
    DatasetAccess access = DatasetAccess.of(GRANT, List.of(uri), true, DatasetAccess.S3_GROUPS);
    assertThat(access.grantsEveryone().isTrue()).isTrue();
    assertThat(access.member()).endsWith("/AllUsers");
    MapEntry owner = new MapEntry("uri", AT, new StringValue("http://acs.amazonaws.com/groups/s3/LogDelivery", AT));
    assertThat(DatasetAccess.of(GRANT, List.of(owner), true, DatasetAccess.S3_GROUPS).grantsEveryone().isFalse())
        .isTrue();
  }
}
