package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.SearchDomain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A boolean setting inside an object property, such as {@code NodeToNodeEncryptionOptions.Enabled}: when the object
 * or its flag is missing, the fact is about the flag's whole path (the object is no boolean), located where it is to
 * be added.
 */
class EnabledFlagsTest {
  @TempDir
  Path folder;

  @Test
  void aMissingOptionsObjectIsNamedByItsFlagAtProperties() throws IOException {
    UnitResult result = Templates.analyze(folder, "search.yaml", """
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EngineVersion: OpenSearch_2.11
        """);
    SearchDomain domain = (SearchDomain) result.models().get(0);
    assertFalseByDefault(domain.encryptedInTransit(), "NodeToNodeEncryptionOptions.Enabled", 4, 5);
    assertFalseByDefault(domain.encryptedAtRest(), "EncryptionAtRestOptions.Enabled", 4, 5);
  }

  @Test
  void aFlagMissingFromItsObjectIsNamedByItsPathAtTheObject() throws IOException {
    UnitResult result = Templates.analyze(folder, "search.yaml", """
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              NodeToNodeEncryptionOptions: {}
              EncryptionAtRestOptions:
                Enabled: false
        """);
    SearchDomain domain = (SearchDomain) result.models().get(0);
    assertFalseByDefault(domain.encryptedInTransit(), "NodeToNodeEncryptionOptions.Enabled", 5, 7);
    Fact written = domain.encryptedAtRest();
    assertThat(written.isFalse()).isTrue();
    assertThat(written.byDefault()).isFalse();
    assertThat(written.attribute()).isEqualTo("Enabled");
    assertThat(written.range().startLine()).isEqualTo(7);
  }

  @Test
  void aDaxClusterWithoutSseSpecificationIsNamedByItsFlag() throws IOException {
    UnitResult result = Templates.analyze(folder, "dax.yaml", """
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.r5.large
        """);
    CacheCluster cache = (CacheCluster) result.models().get(0);
    assertFalseByDefault(cache.encryptedAtRest(), "SSESpecification.SSEEnabled", 4, 5);
  }

  @Test
  void anObjectThatADecidedConditionLeavesOutSaysSo() throws IOException {
    UnitResult result = Templates.analyze(folder, "search.yaml", """
        Parameters:
          KmsKey: {Type: String, Default: ""}
        Conditions:
          HasKmsKey: !Not [!Equals [!Ref KmsKey, ""]]
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions: !If [HasKmsKey, {Enabled: true, KmsKeyId: !Ref KmsKey}, !Ref AWS::NoValue]
        """);
    Fact atRest = ((SearchDomain) result.models().get(0)).encryptedAtRest();
    assertThat(atRest.attribute()).isEqualTo("EncryptionAtRestOptions.Enabled");
    assertThat(atRest.range().startLine()).isEqualTo(9);
    assertThat(atRest.origin()).extracting(hop -> hop.range().startLine(), RelatedLocation::message)
        .containsExactly(tuple(4, "condition `HasKmsKey` is false"));
  }

  /** {@code fact} is false by default, about {@code attribute}, at the key starting at {@code line}:{@code column}. */
  private static void assertFalseByDefault(Fact fact, String attribute, int line, int column) {
    assertThat(fact.isFalse()).isTrue();
    assertThat(fact.byDefault()).isTrue();
    assertThat(fact.attribute()).isEqualTo(attribute);
    assertThat(fact.range()).extracting(Range::startLine, Range::startColumn).containsExactly(line, column);
  }
}
