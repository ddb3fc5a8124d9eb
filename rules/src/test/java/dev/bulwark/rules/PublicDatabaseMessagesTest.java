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

/** A public data service is named for what it is. */
class PublicDatabaseMessagesTest {
  @TempDir
  Path folder;

  @Test
  void aSearchServiceIsNotCalledADatabase() throws IOException {
    Files.writeString(folder.resolve("main.tf"), """
        resource "azurerm_search_service" "catalog" {
          name                = "catalog"
          resource_group_name = "shop"
          location            = "westeurope"
          sku                 = "standard"
        }
        resource "azurerm_cosmosdb_account" "orders" {
          name                = "orders"
          resource_group_name = "shop"
          location            = "westeurope"
          offer_type          = "Standard"
        }
        """);
    List<String> messages = Scanner.builder().path(folder).enableRules(List.of("BW101")).build().scan()
        .findings().stream().map(Finding::message).toList();

    assertThat(messages).hasSize(2)
        .anyMatch(message -> message.startsWith("Search service `azurerm_search_service.catalog` is reachable"))
        .anyMatch(message -> message.startsWith("Database `azurerm_cosmosdb_account.orders` is reachable"));
  }
}
