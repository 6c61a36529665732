package dev.saldo.mobile.shell;

import dev.saldo.mobile.api.ApiException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs network work off the UI thread and hands the answer (or the readable error) back on it. */
public final class Background {

    public interface Work<T> {
        T run() throws ApiException;
    }

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "saldo-network");
        thread.setDaemon(true);
        return thread;
    });

    private Background() {
    }

    public static <T> void run(Work<T> work, Consumer<T> done, Consumer<ApiException> failed) {
        WORKERS.execute(() -> {
            try {
                T value = work.run();
                Platform.runLater(() -> done.accept(value));
            } catch (ApiException e) {
                Platform.runLater(() -> failed.accept(e));
            } catch (RuntimeException e) {
                System.getLogger(Background.class.getName()).log(System.Logger.Level.ERROR, "Unexpected failure", e);
                Platform.runLater(() -> failed.accept(new ApiException(ApiException.Kind.UNEXPECTED, 0, String.valueOf(e.getMessage()))));
            }
        });
    }
}
