package dev.saldo.mobile.storage;

import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.nio.file.Path;

/** The app's private folder: Attach's on a phone ({@code ~/.gluon} on a desktop), a plain folder if Attach has none. */
public final class PrivateStorage {

    private PrivateStorage() {
    }

    public static Path folder() {
        return StorageService.create().flatMap(StorageService::getPrivateStorage).map(File::toPath)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".saldo"));
    }
}
