package dev.saldo.mobile.storage;

import dev.saldo.mobile.api.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The last answers the portal gave, one JSON file per kind and per account, so the app can still show
 * what the debtor owed when the phone is offline, with the time they were fetched. Written atomically
 * (temp file + move) so a crash never leaves half a file; an unreadable file counts as absent.
 */
public final class OfflineCache {

    /** A value and when the portal gave it. */
    public record Cached<T>(T value, Instant fetchedAt) {
    }

    private final Path folder;

    public OfflineCache(Path privateFolder) {
        this.folder = privateFolder.resolve("cache");
    }

    public void put(String user, String key, Object value, Instant fetchedAt) {
        try {
            Path dir = Files.createDirectories(folder.resolve(safe(user)));
            var node = Json.MAPPER.createObjectNode();
            node.put("fetchedAt", fetchedAt.toString());
            node.set("value", Json.MAPPER.valueToTree(value));
            Path temp = Files.createTempFile(dir, key, ".tmp");
            Files.write(temp, Json.MAPPER.writeValueAsBytes(node));
            Files.move(temp, dir.resolve(safe(key) + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            // A cache that cannot be written only costs the offline copy; the screen still shows fresh data.
            System.getLogger(OfflineCache.class.getName()).log(System.Logger.Level.WARNING, "Cache not written", e);
        }
    }

    public <T> Optional<Cached<T>> get(String user, String key, Class<T> type) {
        return get(user, key, Json.MAPPER.constructType(type));
    }

    public <T> Optional<Cached<T>> get(String user, String key, JavaType type) {
        Path file = folder.resolve(safe(user)).resolve(safe(key) + ".json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(Files.readAllBytes(file));
            T value = Json.MAPPER.treeToValue(node.get("value"), type);
            return Optional.of(new Cached<>(value, Instant.parse(node.get("fetchedAt").asString())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes everything cached for an account, e.g. on sign-out. */
    public void clear(String user) {
        Path dir = folder.resolve(safe(user));
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.getLogger(OfflineCache.class.getName()).log(System.Logger.Level.WARNING, "Cache not cleared", e);
        }
    }

    public Path folderOf(String user) {
        return folder.resolve(safe(user));
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
