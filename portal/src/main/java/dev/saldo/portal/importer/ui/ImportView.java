package dev.saldo.portal.importer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.importer.ErpColumns;
import dev.saldo.portal.importer.ErpExporter;
import dev.saldo.portal.importer.ErpImporter;
import dev.saldo.portal.importer.ImportReport;
import dev.saldo.portal.importer.Rejection;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Supervisors upload the ERP's CSV here: the file is kept in a temporary file, imported in the
 * background with a progress bar, and every rejected row is listed with its reason. The whole
 * portfolio can be downloaded in the same shape.
 */
@Route("staff/import")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class ImportView extends Main implements HasDynamicTitle {

    private static final int MAX_BYTES = 512 * 1024 * 1024;

    private final ErpImporter importer;
    private final TaskExecutor executor;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div result = new Div();
    private UI ui;

    private final String actor;

    public ImportView(ErpImporter importer, ErpExporter exporter,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, CurrentUser currentUser) {
        this.importer = importer;
        this.actor = currentUser.get().map(u -> u.getUsername()).orElseThrow();
        this.executor = executor;
        addClassName("page");
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> start(file, metadata.fileName(), metadata.contentLength()))));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        progress.setId("import-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        status.setId("import-status");
        status.getElement().setAttribute("role", "status");
        result.setId("import-result");
        var export = new Anchor((DownloadHandler) event -> {
            event.setFileName("saldo-invoices.csv");
            event.setContentType(ErpExporter.CONTENT_TYPE);
            exporter.exportAll(event.getOutputStream(), actor);
        }, getTranslation("import.export"));
        export.setId("export-all");
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")),
                new Code(String.join(",", ErpColumns.HEADER)), upload, progress, status, result,
                new H2(getTranslation("import.export.title")), new Paragraph(getTranslation("import.export.intro")), export);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    private void start(File file, String name, long size) {
        result.removeAll();
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation("import.running"));
        ui.setPollInterval(500);
        var current = ui;
        executor.execute(() -> {
            try (var in = Files.newInputStream(file.toPath())) {
                var report = importer.importCsv(in, actor, name, bytes -> current.access(
                        () -> progress.setValue(size <= 0 ? 0 : Math.min(1, bytes / (double) size))));
                current.access(() -> show(report));
            } catch (IOException | RuntimeException e) {
                current.access(() -> status.setText(getTranslation("import.failed")));
            } finally {
                file.delete();
                current.access(() -> current.setPollInterval(-1));
            }
        });
    }

    private void show(ImportReport report) {
        progress.setValue(1);
        status.setText(getTranslation("import.done", report.rows(), report.debtorsCreated(), report.invoicesCreated(),
                report.alreadyKnown(), report.rejected()));
        if (report.rejected() == 0) {
            return;
        }
        var grid = new Grid<Rejection>();
        grid.setId("import-rejections");
        grid.addColumn(Rejection::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.messageKey(), r.messageArguments())).setHeader(getTranslation("import.reason"));
        grid.setItems(report.rejections());
        grid.setAllRowsVisible(report.rejections().size() <= 20);
        result.add(new H2(getTranslation("import.rejected", report.rejected())), grid);
        if (report.rejected() > report.rejections().size()) {
            result.add(new Paragraph(getTranslation("import.more", report.rejected() - report.rejections().size())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("import.title"));
    }
}
