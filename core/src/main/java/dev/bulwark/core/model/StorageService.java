package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One data service of an Azure storage account.
 *
 * @param resource the storage account
 * @param service  the service: {@code blob}, {@code queue} or {@code table}
 * @param logging  whether it logs the reads, writes and deletes of its data
 */
public record StorageService(Resource resource, String service, Fact logging) implements CloudModel {
  /** The services whose logging is read. */
  public static final List<String> SERVICES = List.of("blob", "queue", "table");
  /** The log categories of a service's reads, writes and deletes, as Azure Monitor names them. */
  public static final List<String> CATEGORIES = List.of("StorageRead", "StorageWrite", "StorageDelete");

  public StorageService {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(logging, "logging");
  }

  /**
   * Whether {@code settings} collect every category between them, where {@code collects} tells whether one setting
   * collects the category at an index of {@link #CATEGORIES}: as {@link #everyCategory} reads it, except that a
   * category none of them collects is unknown when {@code othersUnread} (a setting whose service cannot be read may
   * collect it). {@code settings} must not be empty.
   */
  public static <S> Fact collectedBy(List<S> settings, BiFunction<Integer, S, Fact> collects, boolean othersUnread) {
    List<Fact> categories = new ArrayList<>();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      int category = i;
      categories.add(Fact.any(settings.stream().map(setting -> collects.apply(category, setting)).toList()));
    }
    Fact logging = everyCategory(categories);
    return logging.isFalse() && othersUnread ? Fact.unknown(logging.attribute(), logging.range(), List.of())
        : logging;
  }

  /**
   * Whether every category is collected, from whether each of {@link #CATEGORIES} is, in that order: false about the
   * first category that is not (the fact's attribute is the category's name), else unknown or true.
   */
  public static Fact everyCategory(List<Fact> collected) {
    if (collected.size() != CATEGORIES.size()) {
      throw new IllegalArgumentException("one fact per category: " + CATEGORIES);
    }
    List<Fact> named = new ArrayList<>();
    for (int i = 0; i < collected.size(); i++) {
      Fact fact = collected.get(i);
      named.add(fact.isFalse() ? Fact.known(false, CATEGORIES.get(i), fact.range(), fact.origin()) : fact);
    }
    return Fact.all(named);
  }
}
