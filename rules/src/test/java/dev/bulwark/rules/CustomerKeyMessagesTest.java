package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer-key finding names what the key would encrypt when that is a part of the resource. */
class CustomerKeyMessagesTest {
  @TempDir
  Path folder;

  @Test
  void aFunctionsFindingIsAboutItsEnvironmentVariables() throws IOException {
    Files.writeString(folder.resolve("main.tf"), """
        resource "aws_lambda_function" "api" {
          function_name = "api"
          role          = "arn:aws:iam::123456789012:role/lambda"
          handler       = "index.handler"
          runtime       = "python3.12"
          filename      = "function.zip"
          environment {
            variables = { TABLE = "orders" }
          }
        }

        resource "aws_cloudwatch_log_group" "api" {
          name = "/aws/lambda/api"
        }
        """);
    List<String> messages = Scanner.builder().path(folder).enableRules(List.of("BW305")).build().scan().findings()
        .stream().map(Finding::message).toList();

    assertThat(messages).anySatisfy(message -> assertThat(message).startsWith(
        "The environment variables of `aws_lambda_function.api` are not encrypted with a customer-managed key"));
    assertThat(messages).anySatisfy(message -> assertThat(message)
        .startsWith("`aws_cloudwatch_log_group.api` is not encrypted with a customer-managed key"));
  }
}
