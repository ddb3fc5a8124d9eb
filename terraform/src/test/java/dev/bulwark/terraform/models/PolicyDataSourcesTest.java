package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.SearchDomain;
import dev.bulwark.core.model.Truth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyDataSourcesTest {
  private static final String DOMAIN = """
      resource "aws_opensearch_domain" "d" {
        domain_name     = "d"
        access_policies = data.aws_iam_policy_document.p.json
      }
      """;

  @TempDir
  Path folder;

  private Fact openPolicy(String document) throws IOException {
    List<CloudModel> models = Models.of(folder, DOMAIN + document);
    return Models.model(models, SearchDomain.class, "aws_opensearch_domain.d").openAccessPolicy();
  }

  private static String document(String statements) {
    return "data \"aws_iam_policy_document\" \"p\" {\n" + statements + "}\n";
  }

  private static String statement(String effect, String type, String identifiers, String more) {
    return "  statement {\n" + effect + "    actions = [\"es:*\"]\n    principals {\n      type        = \"" + type
        + "\"\n      identifiers = " + identifiers + "\n    }\n" + more + "  }\n";
  }

  @Test
  void aDocumentThatAllowsAnyAwsPrincipalIsOpenAtTheAttributeWithThePrincipalRelated() throws IOException {
    Fact open = openPolicy(document(statement("", "AWS", "[\"arn:aws:iam::1:root\", \"*\"]", "")));

    assertThat(open.truth()).isEqualTo(Truth.TRUE);
    assertThat(open.range()).isEqualTo(Range.ofLine("main.tf", 3, 3, 56));
    assertThat(open.origin()).extracting(RelatedLocation::message).containsExactly(
        "the policy document `data.aws_iam_policy_document.p` that `access_policies` renders",
        "the principal that admits anyone");
    assertThat(open.origin().get(1).range()).isEqualTo(Range.ofLine("main.tf", 10, 45, 48));
  }

  @Test
  void theStarTypeAdmitsAnyone() throws IOException {
    assertThat(openPolicy(document(statement("", "*", "[\"*\"]", ""))).truth()).isEqualTo(Truth.TRUE);
  }

  @Test
  void aConditionADenyOrNamedPrincipalsCloseTheDocument() throws IOException {
    String condition = "    condition {\n      test     = \"IpAddress\"\n      variable = \"aws:SourceIp\"\n"
        + "      values   = [\"10.0.0.0/8\"]\n    }\n";
    assertThat(openPolicy(document(statement("", "AWS", "[\"*\"]", condition))).truth()).isEqualTo(Truth.FALSE);
    assertThat(openPolicy(document(statement("", "AWS", "[\"*\"]", "")
        + statement("    effect = \"Deny\"\n", "AWS", "[\"*\"]", ""))).truth()).isEqualTo(Truth.FALSE);
    assertThat(openPolicy(document(statement("", "AWS", "[\"arn:aws:iam::1:root\"]", ""))).truth())
        .isEqualTo(Truth.FALSE);
  }

  @Test
  void principalsFromAVariableOrMergedDocumentsAreUnknown() throws IOException {
    assertThat(openPolicy("variable \"who\" {}\n" + document(statement("", "AWS", "var.who", ""))).truth())
        .isEqualTo(Truth.UNKNOWN);
    assertThat(openPolicy(document("  source_policy_documents = [var.base]\n"
        + statement("", "AWS", "[\"arn:aws:iam::1:root\"]", ""))).truth()).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void anotherExpressionOverTheDocumentIsNotReadAsIt() throws IOException {
    List<CloudModel> models = Models.of(folder, """
        variable "custom" {}
        resource "aws_opensearch_domain" "d" {
          domain_name     = "d"
          access_policies = coalesce(var.custom, data.aws_iam_policy_document.p.json)
        }
        """ + document(statement("", "AWS", "[\"*\"]", "")));

    assertThat(Models.model(models, SearchDomain.class, "aws_opensearch_domain.d").openAccessPolicy().truth())
        .isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void aBigQueryIamPolicyGrantsWhatItsGoogleIamPolicyBindingsName() throws IOException {
    List<CloudModel> models = Models.of(folder, """
        data "google_iam_policy" "public" {
          binding {
            role    = "roles/bigquery.dataOwner"
            members = ["group:owners@example.com"]
          }
          binding {
            role    = "roles/bigquery.dataViewer"
            members = ["allAuthenticatedUsers"]
          }
        }
        data "google_iam_policy" "private" {
          binding {
            role    = "roles/bigquery.dataViewer"
            members = ["group:readers@example.com"]
          }
        }
        variable "policy" {}
        resource "google_bigquery_dataset_iam_policy" "public" {
          dataset_id  = "d"
          policy_data = data.google_iam_policy.public.policy_data
        }
        resource "google_bigquery_table_iam_policy" "private" {
          dataset_id  = "d"
          table_id    = "t"
          policy_data = data.google_iam_policy.private.policy_data
        }
        resource "google_bigquery_dataset_iam_policy" "given" {
          dataset_id  = "d"
          policy_data = var.policy
        }
        """);

    DatasetAccess open = Models.model(models, DatasetAccess.class, "google_bigquery_dataset_iam_policy.public");
    assertThat(open.grantsEveryone().truth()).isEqualTo(Truth.TRUE);
    assertThat(open.grantsEveryone().range().startLine()).isEqualTo(8);
    assertThat(open.member()).isEqualTo("allAuthenticatedUsers");
    assertThat(Models.model(models, DatasetAccess.class, "google_bigquery_table_iam_policy.private")
        .grantsEveryone().truth()).isEqualTo(Truth.FALSE);
    assertThat(Models.model(models, DatasetAccess.class, "google_bigquery_dataset_iam_policy.given")
        .grantsEveryone().truth()).isEqualTo(Truth.UNKNOWN);
  }
}
