package dev.mockhost.web.api;

import dev.mockhost.access.Role;
import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.CollectionSchema;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.V21Json;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /api/collections} and {@code /api/environments}. Collections follow the keys' grants: viewers read the
 * ones granted to them, editors write the ones granted {@code edit}, admins all (creating one needs admin, or an
 * editor granted {@code edit} on its id beforehand). Environments carry no grants of their own and follow the
 * mocks that use them: a key reads one that no mock uses or that a mock it may view uses; an editor writes one
 * that every mock using it serves a collection it may edit; admins read and write all.
 */
@ApplicationScoped
public class PostmanFilesResource {

    @Inject
    SnapshotRepository repository;

    public void register(ApiRouter router) {
        new DefinitionResource(new DefinitionResource.Kind(FileKind.COLLECTION, "collections", "collection",
                (id, json) -> new CollectionReader().read("collection " + id, json).value().name(),
                PostmanFilesResource::collectionSummary,
                (call, id) -> call.key().canView(id), (call, id) -> call.key().canEdit(id), InUse.collections(),
                new V3Collections()), repository).register(router);
        new DefinitionResource(new DefinitionResource.Kind(FileKind.ENVIRONMENT, "environments", "environment",
                (id, json) -> new EnvironmentReader().read("environment " + id, json).value().name(),
                PostmanFilesResource::environmentSummary,
                PostmanFilesResource::mayReadEnvironment, PostmanFilesResource::mayWriteEnvironment,
                InUse.environments(), new YamlEnvironments()), repository).register(router);
    }

    /** The collections of the mocks using the environment {@code id} (by name, or by the implicit mock's name). */
    private static List<String> collectionsUsing(ApiCall call, String id) {
        return call.snapshot().mocks().values().stream().filter(mock -> id.equals(mock.definition().environment()))
                .map(mock -> mock.definition().collection()).toList();
    }

    private static boolean mayReadEnvironment(ApiCall call, String id) {
        List<String> collections = collectionsUsing(call, id);
        return collections.isEmpty() || collections.stream().anyMatch(call.key()::canView);
    }

    private static boolean mayWriteEnvironment(ApiCall call, String id) {
        return call.key().role() != Role.VIEWER && collectionsUsing(call, id).stream().allMatch(call.key()::canEdit);
    }

    private static void collectionSummary(ApiCall call, String id, jakarta.json.JsonObjectBuilder summary) {
        PostmanCollection collection = call.snapshot().collections().get(id);
        if (collection != null) {
            summary.add("name", collection.name()).add("postmanId", collection.id())
                    .add("format", format(collection.schema()))
                    .add("requests", collection.requests().size()).add("examples", collection.exampleCount());
        }
    }

    private static String format(CollectionSchema schema) {
        return switch (schema) {
            case V2_0 -> "v2.0";
            case V2_1 -> "v2.1";
            case DRAFT_V2 -> "v2-draft";
            case V3 -> "v3";
        };
    }

    /** v3 collections live in their directories; the API shows them as v2.1 JSON, for Postman-API clients. */
    private static final class V3Collections implements DefinitionResource.Unmanaged {
        @Override
        public String where(ApiCall call, String id) {
            PostmanCollection collection = call.snapshot().collections().get(id);
            if (collection == null || collection.schema() != CollectionSchema.V3) {
                return null;
            }
            String directory = call.snapshot().mocks().values().stream()
                    .filter(mock -> mock.definition().collection().equals(id)).map(CompiledMock::collectionFile)
                    .findFirst().orElse("collections/");
            return "its directory " + directory + " (Postman's v3 format)";
        }

        @Override
        public jakarta.json.JsonObject view(ApiCall call, String id) {
            return V21Json.of(call.snapshot().collections().get(id));
        }
    }

    /** Environments of Postman's Git layout ({@code *.environment.yaml}); shown in the JSON export's shape. */
    private static final class YamlEnvironments implements DefinitionResource.Unmanaged {
        @Override
        public String where(ApiCall call, String id) {
            return call.snapshot().environments().containsKey(id)
                    ? "its YAML or Postman-folder file (environments/ or postman/environments/)" : null;
        }

        @Override
        public jakarta.json.JsonObject view(ApiCall call, String id) {
            Environment environment = call.snapshot().environments().get(id);
            var values = Jsonp.PROVIDER.createArrayBuilder();
            environment.values().forEach(v -> values.add(Jsonp.PROVIDER.createObjectBuilder().add("key", v.name())
                    .add("value", v.value()).add("enabled", true)));
            return Jsonp.PROVIDER.createObjectBuilder().add("id", environment.id()).add("name", environment.name())
                    .add("values", values).build();
        }
    }

    private static void environmentSummary(ApiCall call, String id, jakarta.json.JsonObjectBuilder summary) {
        Environment environment = call.snapshot().environments().get(id);
        if (environment != null) {
            summary.add("name", environment.name()).add("values", environment.values().size());
        }
    }

    /**
     * Ids from the snapshot, and the mock files that use one ({@code uses}). Implicit mocks do not count: a
     * collection's goes with it, and one that picks up the environment of its name simply loses it, as when the file
     * is deleted by hand.
     */
    private record InUse(Function<Snapshot, Set<String>> ids, BiPredicate<MockDefinition, String> uses)
            implements DefinitionResource.IdsInUse {

        static InUse collections() {
            return new InUse(snapshot -> snapshot.collections().keySet(),
                    (mock, id) -> mock.collection().equals(id));
        }

        static InUse environments() {
            return new InUse(snapshot -> snapshot.environments().keySet(),
                    (mock, id) -> id.equals(mock.environment()));
        }

        @Override
        public Set<String> ids(ApiCall call) {
            return ids.apply(call.snapshot());
        }

        @Override
        public String usedBy(ApiCall call, String id) {
            String mocks = call.snapshot().mocks().values().stream()
                    .filter(mock -> !mock.implicit() && uses.test(mock.definition(), id))
                    .map(CompiledMock::name).sorted().collect(Collectors.joining(", "));
            return mocks.isEmpty() ? null : "the mock(s) " + mocks;
        }
    }
}
