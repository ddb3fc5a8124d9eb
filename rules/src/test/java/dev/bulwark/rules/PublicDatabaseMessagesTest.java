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

  @Test
  void aRedisCacheIsCalledACacheInTerraformAndAnsible() throws IOException {
    Files.writeString(folder.resolve("main.tf"), """
        resource "azurerm_redis_cache" "sessions" {
          name                = "sessions"
          location            = "westeurope"
          resource_group_name = "shop"
          capacity            = 1
          family              = "C"
          sku_name            = "Standard"
        }
        resource "azurerm_redis_firewall_rule" "all" {
          name                = "all"
          redis_cache_name    = azurerm_redis_cache.sessions.name
          resource_group_name = "shop"
          start_ip            = "0.0.0.0"
          end_ip              = "255.255.255.255"
        }
        """);
    Files.writeString(folder.resolve("playbook.yml"), """
        - hosts: localhost
          tasks:
            - name: Sessions cache
              azure.azcollection.azure_rm_rediscache:
                resource_group: shop
                name: sessions
                sku:
                  name: standard
                  size: C1
        """);
    List<String> messages = Scanner.builder().path(folder).enableRules(List.of("BW101", "BW102")).build().scan()
        .findings().stream().map(Finding::message).toList();

    assertThat(messages).isNotEmpty().allMatch(message -> message.startsWith("Cache `"));
    assertThat(messages).anyMatch(message -> message.contains("`azurerm_redis_cache.sessions` admits"))
        .anyMatch(message -> message.contains("is reachable from the internet"));
  }
}
