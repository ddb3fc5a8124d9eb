package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code Fn::ForEach} loops of the {@code AWS::LanguageExtensions} transform make one entry per element. */
class ForEachLoopsTest {
  @TempDir
  Path folder;

  @Test
  void aLoopMakesOneResourcePerElementWithTheIdentifierResolvedAtTheElement() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.yaml", """
        Transform: AWS::LanguageExtensions
        Resources:
          Fn::ForEach::Tables:
            - TableName
            - [Points, Score]
            - DynamoDB${TableName}:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Ref TableName
                  Description: !Sub "table ${TableName}"
          Plain:
            Type: AWS::S3::Bucket
        """);

    assertThat(result.resources()).extracting(Resource::address)
        .containsExactly("DynamoDBPoints", "DynamoDBScore", "Plain");
    assertThat(Templates.resource(result, "DynamoDBScore").declaration())
        .isEqualTo(Range.ofLine("t.yaml", 6, 7, 27));
    Value name = Templates.property(result, "DynamoDBScore", "TableName").orElseThrow();
    assertThat(name.asString()).contains("Score");
    assertThat(name.range()).isEqualTo(Range.ofLine("t.yaml", 9, 22, 36));
    assertThat(name.origin()).containsExactly(new RelatedLocation(Range.ofLine("t.yaml", 5, 16, 21),
        "element of `Fn::ForEach::Tables` of parameter `TableName`"));
    assertThat(Templates.property(result, "DynamoDBPoints", "Description").flatMap(Value::asString))
        .contains("table Points");
    assertThat(result.models()).filteredOn(DataStore.class::isInstance).hasSize(2);
  }

  @Test
  void collectionsFromListParametersNestedLoopsAndAlphanumericKeys() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.yaml", """
        Transform: AWS::LanguageExtensions
        Parameters:
          Teams:
            Type: CommaDelimitedList
            Default: "red-team,blue-team"
        Resources:
          Fn::ForEach::Teams:
            - Team
            - !Ref Teams
            - Fn::ForEach::Stages:
                - Stage
                - [dev, prod]
                - Logs&{Team}${Stage}:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub "${Team}-${Stage}-logs"
        Outputs:
          Fn::ForEach::Names:
            - Team
            - !Ref Teams
            - Bucket&{Team}:
                Value: !Sub "${Team}"
        """);

    assertThat(result.resources()).extracting(Resource::address).containsExactly("Teams",
        "Logsredteamdev", "Logsredteamprod", "Logsblueteamdev", "Logsblueteamprod",
        "Outputs.Bucketredteam", "Outputs.Bucketblueteam");
    assertThat(Templates.property(result, "Logsblueteamprod", "BucketName").flatMap(Value::asString))
        .contains("blue-team-prod-logs");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aLoopThatCannotBeExpandedIsNoted() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.yaml", """
        Transform: AWS::LanguageExtensions
        Parameters:
          Names:
            Type: CommaDelimitedList
        Resources:
          Fn::ForEach::Unknown:
            - Name
            - !Ref Names
            - Bucket${Name}:
                Type: AWS::S3::Bucket
          Fn::ForEach::Malformed:
            - Name
            - [a]
        """);

    assertThat(result.resources()).extracting(Resource::address).containsExactly("Names");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
        tuple("not-expanded", "`Fn::ForEach::Unknown` is not expanded: its collection "
            + "is not known; what it makes is not checked"),
        tuple("not-expanded", "`Fn::ForEach::Malformed` is not expanded: it is not "
            + "written as [identifier, collection, {key: value}]; what it makes is not checked"));
  }
}
