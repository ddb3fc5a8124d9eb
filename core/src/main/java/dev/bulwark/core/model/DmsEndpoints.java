package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How an AWS DMS endpoint connects to its database, as every front end reads it: over TLS when its SSL mode is
 * {@code require}, {@code verify-ca} or {@code verify-full}, in plain text with {@code none}, the default in the AWS
 * API, the Terraform provider, CloudFormation and the Ansible module alike. Only the engines DMS reaches with a
 * database driver whose SSL mode it sets are assessed; the others (S3, DynamoDB, Kinesis, Kafka, OpenSearch,
 * Neptune, Redshift, Azure SQL, Timestream) connect as their own settings say.
 */
public final class DmsEndpoints {
  private static final Set<String> DATABASE_ENGINES = Set.of("mysql", "mariadb", "aurora", "aurora-serverless",
      "postgres", "aurora-postgresql", "aurora-postgresql-serverless", "oracle", "sqlserver", "babelfish", "sybase",
      "db2", "db2-zos", "mongodb", "docdb");

  private DmsEndpoints() {}

  /**
   * The models of {@code endpoint}: its {@link #traffic}, and its connection settings (user names and passwords),
   * which DMS always encrypts, with a key of the customer's when {@code customerKey} holds (the AWS managed key
   * {@code aws/dms} otherwise).
   */
  public static List<CloudModel> models(Resource endpoint, Optional<MapEntry> engine, Optional<MapEntry> sslMode,
      String sslKey, Range header, Fact customerKey) {
    List<CloudModel> models = new ArrayList<>(traffic(endpoint, engine, sslMode, sslKey, header));
    models.add(DataStore.alwaysEncrypted(endpoint, "endpoint settings", customerKey));
    return models;
  }

  /**
   * The traffic of {@code endpoint}, whose engine is {@code engine} and whose SSL mode is {@code sslMode} (named
   * {@code sslKey}): none for an engine that is not assessed; unknown for an engine not known before deployment;
   * else whether the SSL mode encrypts, false at {@code header} when it is missing or null.
   */
  static List<CloudModel> traffic(Resource endpoint, Optional<MapEntry> engine, Optional<MapEntry> sslMode,
      String sslKey, Range header) {
    if (engine.isEmpty()) {
      return List.of();
    }
    Optional<String> name = engine.get().value().asString();
    if (name.isEmpty()) {
      return List.of(new TrafficEncryption(endpoint,
          Fact.unknown(engine.get().key(), engine.get().range(), engine.get().value().origin())));
    }
    if (!DATABASE_ENGINES.contains(name.get().strip().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    Fact encrypted = sslMode.filter(mode -> !(mode.value() instanceof NullValue))
        .map(mode -> Fact.ofText(mode, DmsEndpoints::encrypts))
        .orElseGet(() -> Fact.byDefault(false, sslKey, header));
    return List.of(new TrafficEncryption(endpoint, encrypted));
  }

  private static Optional<Boolean> encrypts(String mode) {
    return switch (mode.strip().toLowerCase(Locale.ROOT)) {
      case "none" -> Optional.of(false);
      case "require", "verify-ca", "verify-full" -> Optional.of(true);
      default -> Optional.empty();
    };
  }
}
