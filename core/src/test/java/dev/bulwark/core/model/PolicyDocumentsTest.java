package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A structured policy document admits anyone when an unconditional Allow names the principal {@code *}. */
class PolicyDocumentsTest {
  private static final Range POLICY = Range.ofLine("t.yaml", 3, 7, 21);
  private static final Range STAR = Range.ofLine("t.yaml", 8, 20, 23);
  private static final Range AT = Range.ofLine("t.yaml", 6, 9, 30);

  private static MapValue map(Object... keysAndValues) {
    List<MapEntry> entries = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      entries.add(new MapEntry((String) keysAndValues[i], AT, (Value) keysAndValues[i + 1]));
    }
    return MapValue.of(entries, AT);
  }

  private static Value text(String text) {
    return new StringValue(text, AT);
  }

  private static Fact admitsAnyone(Value... statements) {
    return PolicyDocuments.admitsAnyone(new MapEntry("AccessPolicies", POLICY,
        map("Statement", new ListValue(List.of(statements), AT))));
  }

  @Test
  void anUnconditionalAllowToEveryAwsPrincipalAdmitsAnyoneWithThePrincipalRelated() {
    Value principal = map("AWS", new ListValue(List.of(text("arn:aws:iam::1:root"), new StringValue("*", STAR)), AT));
    Fact open = admitsAnyone(map("Effect", text("Allow"), "Principal", principal));

    assertThat(open.isTrue()).isTrue();
    assertThat(open.range()).isEqualTo(new MapEntry("AccessPolicies", POLICY, text("")).range());
    assertThat(open.origin()).containsExactly(new RelatedLocation(STAR, "the principal that admits anyone"));
    assertThat(admitsAnyone(map("Effect", text("Allow"), "Principal", text("*"))).isTrue()).isTrue();
  }

  @Test
  void aConditionANamedPrincipalOrADenyAdmitsNoOne() {
    assertThat(admitsAnyone(map("Effect", text("Allow"), "Principal", text("*"),
        "Condition", map("IpAddress", text("10.0.0.0/8")))).isFalse()).isTrue();
    assertThat(admitsAnyone(map("Effect", text("Allow"), "Principal", map("AWS", text("arn:aws:iam::1:root"))))
        .isFalse()).isTrue();
    assertThat(admitsAnyone(map("Effect", text("Allow"), "Principal", text("*")),
        map("Effect", text("Deny"), "Principal", text("*"))).isFalse()).isTrue();
  }

  @Test
  void anAllowedPrincipalOrAnEffectThatIsNotKnownLeavesTheDocumentUnknown() {
    Value unknown = new UnknownValue("!Ref Principal", AT);
    assertThat(admitsAnyone(map("Effect", text("Allow"), "Principal", map("AWS", unknown))).isUnknown()).isTrue();
    assertThat(admitsAnyone(map("Effect", text("Allow"), "Principal",
        map("AWS", new ListValue(List.of(text("arn:aws:iam::1:root"), unknown), AT)))).isUnknown()).isTrue();
    assertThat(admitsAnyone(map("Effect", unknown, "Principal", text("*"))).isUnknown()).isTrue();
    assertThat(admitsAnyone(map("Effect", text("Allow"), "Principal", unknown,
        "Condition", map("IpAddress", text("10.0.0.0/8")))).isFalse()).isTrue();
  }

  @Test
  void aDenyOfRequestsNotSentOverTlsLimitsHowNotWhoAndAnUnknownResourceDoesNotHideThePrincipal() {
    Value tlsOnly = map("Effect", text("Deny"), "Principal", text("*"),
        "Condition", map("Bool", map("aws:SecureTransport", text("false"))));
    Value allow = map("Effect", text("Allow"), "Principal", text("*"), "Action", text("s3:GetObject"),
        "Resource", new UnknownValue("${aws_s3_bucket.site.arn}/*", AT));
    assertThat(admitsAnyone(allow, tlsOnly).isTrue()).isTrue();
    Value fromOneNetwork = map("Effect", text("Deny"), "Principal", text("*"),
        "Condition", map("Bool", map("aws:SecureTransport", text("false")), "NotIpAddress", text("10.0.0.0/8")));
    assertThat(admitsAnyone(allow, fromOneNetwork).isFalse()).isTrue();
  }

  @Test
  void thePartlyKnownValueThatJsonTextIsMadeOfIsReadAsTheDocument() {
    Value document = map("Statement", new ListValue(List.of(map("Effect", text("Allow"), "Principal",
        new StringValue("*", STAR), "Resource", new UnknownValue("aws_s3_bucket.site.arn", AT))), AT));
    UnknownValue encoded = new UnknownValue("jsonencode({...})", POLICY).encoding(document);
    Fact open = PolicyDocuments.admitsAnyone(new MapEntry("policy", POLICY, encoded));
    assertThat(open.isTrue()).isTrue();
    assertThat(open.origin()).containsExactly(new RelatedLocation(STAR, "the principal that admits anyone"));
    assertThat(PolicyDocuments.admitsAnyone(new MapEntry("policy", POLICY,
        new UnknownValue("jsonencode(var.policy)", POLICY))).isUnknown()).isTrue();
  }

  private static Fact text(String json, List<RelatedLocation> origin) {
    return PolicyDocuments.admitsAnyone(new MapEntry("access_policies", POLICY, new StringValue(json, AT, origin)));
  }

  @Test
  void jsonTextIsReadAsTheDocumentItEncodesLocatedAtTheText() {
    List<RelatedLocation> origin = List.of(new RelatedLocation(STAR, "default of variable `policy`"));
    Fact open = text("""
        {"Statement": [
          {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:root"}, "Action": "es:*",
           "Condition": {"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}},
          {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "es:ESHttpGet"}]}
        """, origin);

    assertThat(open.isTrue()).isTrue();
    assertThat(open.origin()).containsExactly(origin.get(0));
    assertThat(text("{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\"}}", List.of()).isTrue())
        .isTrue();
    assertThat(text("{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\"}, "
        + "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"NotIpAddress\": {}}]}", List.of()).isFalse())
        .isTrue();
  }

  @Test
  void textThatIsNotAJsonDocumentIsUnknown() {
    assertThat(text("{\"Statement\": [", List.of()).isUnknown()).isTrue();
    assertThat(text("not a policy", List.of()).isUnknown()).isTrue();
    assertThat(text("[]", List.of()).isUnknown()).isTrue();
  }
}
