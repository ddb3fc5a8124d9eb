package dev.bulwark.core.graph;

import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.MutableNetwork;
import com.google.common.graph.NetworkBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Resources and the references between them, on Guava's {@code graph}. Immutable; queries cost the number of
 * edges at the node asked about, never a scan over all resources.
 */
public final class ResourceGraph {
  private final Map<ResourceId, Resource> resources;
  private final ImmutableNetwork<ResourceId, Reference> network;
  private final Map<String, List<Resource>> byType;

  private ResourceGraph(Map<ResourceId, Resource> resources, ImmutableNetwork<ResourceId, Reference> network) {
    this.resources = Collections.unmodifiableMap(resources);
    this.network = network;
    this.byType = resources.values().stream().collect(Collectors.groupingBy(Resource::type));
  }

  /** A builder for a graph. */
  public static Builder builder() {
    return new Builder();
  }

  /** All resources, ordered by file, position and address. */
  public Collection<Resource> resources() {
    return resources.values();
  }

  /** The resources of native type {@code type}, in the graph's order. */
  public List<Resource> ofType(String type) {
    return byType.getOrDefault(type, List.of());
  }

  /** The resource with {@code id}, if present. */
  public Optional<Resource> resource(ResourceId id) {
    return Optional.ofNullable(resources.get(id));
  }

  /** All references. */
  public Set<Reference> references() {
    return network.edges();
  }

  /** The references made by {@code resource}. */
  public Set<Reference> referencesFrom(Resource resource) {
    return network.nodes().contains(resource.id()) ? network.outEdges(resource.id()) : Set.of();
  }

  /** The references made to {@code resource}. */
  public Set<Reference> referencesTo(Resource resource) {
    return network.nodes().contains(resource.id()) ? network.inEdges(resource.id()) : Set.of();
  }

  /** The resources of native type {@code type} that refer to {@code target}, ordered by address. */
  public List<Resource> referrers(Resource target, String type) {
    return referrers(target, type, reference -> true);
  }

  /**
   * The resources of native type {@code type} that refer to {@code target} from their attribute {@code attribute}
   * (e.g. the {@code aws_s3_bucket_logging} whose {@code bucket} names the bucket, not its {@code target_bucket}).
   */
  public List<Resource> referrers(Resource target, String type, String attribute) {
    return referrers(target, type, reference -> reference.attribute().equals(attribute));
  }

  private List<Resource> referrers(Resource target, String type, Predicate<Reference> which) {
    return referencesTo(target).stream()
        .filter(which)
        .map(reference -> resources.get(reference.from()))
        .filter(resource -> resource.type().equals(type))
        .distinct()
        .sorted(Comparator.comparing(Resource::id))
        .toList();
  }

  /** The resources that {@code source} refers to, ordered by address. */
  public List<Resource> targets(Resource source) {
    return referencesFrom(source).stream()
        .map(reference -> resources.get(reference.to()))
        .distinct()
        .sorted(Comparator.comparing(Resource::id))
        .toList();
  }

  /** Collects resources and references; references between unknown resources are dropped. */
  public static final class Builder {
    private final Map<ResourceId, Resource> resources = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();

    private Builder() {}

    /** Adds {@code resource}; returns false (and keeps the first) if a resource with its id was added before. */
    public boolean add(Resource resource) {
      return resources.putIfAbsent(resource.id(), resource) == null;
    }

    /** Adds {@code reference}. */
    public Builder add(Reference reference) {
      references.add(reference);
      return this;
    }

    /** Builds the immutable graph. */
    public ResourceGraph build() {
      MutableNetwork<ResourceId, Reference> network = NetworkBuilder.directed()
          .allowsParallelEdges(true)
          .allowsSelfLoops(true)
          .expectedNodeCount(resources.size())
          .expectedEdgeCount(references.size())
          .build();
      Map<ResourceId, Resource> ordered = new LinkedHashMap<>();
      resources.values().stream()
          .sorted(Comparator.comparing(Resource::range).thenComparing(Resource::id))
          .forEach(resource -> ordered.put(resource.id(), resource));
      ordered.keySet().forEach(network::addNode);
      for (Reference reference : references) {
        if (ordered.containsKey(reference.from()) && ordered.containsKey(reference.to())) {
          network.addEdge(reference.from(), reference.to(), reference);
        }
      }
      return new ResourceGraph(ordered, ImmutableNetwork.copyOf(network));
    }
  }
}
