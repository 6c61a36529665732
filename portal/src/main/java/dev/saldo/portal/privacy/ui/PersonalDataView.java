package dev.saldo.portal.privacy.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.privacy.PersonalDataExport;
import jakarta.annotation.security.RolesAllowed;

/** "My data": the debtor downloads everything Saldo holds about them, and learns how to ask for erasure. */
@Route("my-data")
@RolesAllowed(Role.DEBTOR_NAME)
public class PersonalDataView extends Main implements HasDynamicTitle {

    public PersonalDataView(PersonalDataExport export, CurrentUser currentUser) {
        addClassName("page");
        var debtor = currentUser.requireDebtor();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var json = export.json(debtor);
            return new DownloadResponse(new ByteArrayInputStream(json), PersonalDataExport.FILE_NAME, "application/json",
                    json.length);
        }), getTranslation("privacy.download"));
        download.setId("download-personal-data");
        download.addClassName("button-link");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")),
                new Paragraph(download), new Paragraph(getTranslation("privacy.erasure-note")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("privacy.title"));
    }
}
