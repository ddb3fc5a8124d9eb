package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.Fact;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing logging setting of an API Gateway stage is named by the path to set, e.g. a deployment's
 * {@code StageDescription.AccessLogSetting}, and located at the deepest key that exists.
 */
class ApiStageSettingsTest {
  @TempDir
  Path folder;

  @Test
  void aDeploymentWithoutStageDescriptionNamesTheSettingsToAdd() throws IOException {
    UnitResult result = Templates.analyze(folder, "api.yaml", """
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: abc123
              StageName: prod
        """);
    ApiStage stage = (ApiStage) result.models().get(0);
    assertMissing(stage.accessLogs(), "StageDescription.AccessLogSetting", 4, 5);
    assertMissing(stage.executionLogging(), "StageDescription.LoggingLevel", 4, 5);
  }

  @Test
  void aStageDescriptionWithoutTheSettingsIsWhereTheyGo() throws IOException {
    UnitResult result = Templates.analyze(folder, "api.yaml", """
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: abc123
              StageName: prod
              StageDescription:
                Description: production
        """);
    ApiStage stage = (ApiStage) result.models().get(0);
    assertMissing(stage.accessLogs(), "StageDescription.AccessLogSetting", 7, 7);
    assertMissing(stage.executionLogging(), "StageDescription.LoggingLevel", 7, 7);
  }

  @Test
  void anAccessLogSettingWithoutDestinationNamesTheDestination() throws IOException {
    UnitResult result = Templates.analyze(folder, "api.yaml", """
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: abc123
              AccessLogSetting:
                Format: $context.requestId
        """);
    ApiStage stage = (ApiStage) result.models().get(0);
    assertMissing(stage.accessLogs(), "AccessLogSetting.DestinationArn", 6, 7);
    assertMissing(stage.executionLogging(), "MethodSettings", 4, 5);
  }

  /** {@code fact} is false by default, about {@code attribute}, at the key starting at {@code line}:{@code column}. */
  private static void assertMissing(Fact fact, String attribute, int line, int column) {
    assertThat(fact.isFalse()).isTrue();
    assertThat(fact.byDefault()).isTrue();
    assertThat(fact.attribute()).isEqualTo(attribute);
    assertThat(fact.range()).extracting(Range::startLine, Range::startColumn).containsExactly(line, column);
  }
}
