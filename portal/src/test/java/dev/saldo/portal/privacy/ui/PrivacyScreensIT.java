package dev.saldo.portal.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.mongodb.client.model.Filters;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a debtor and a supervisor see and do on the data-protection screens, without a browser. */
@SpringBootTest
class PrivacyScreensIT extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "privacy-ui");
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DebtorDirectory debtors;

    @Autowired
    MessageSource messages;

    @Test
    @WithUserDetails("ana")
    void a_debtor_downloads_her_personal_data_from_my_data() {
        navigate(PersonalDataView.class);
        var download = $(Anchor.class).id("download-personal-data");
        var file = new ByteArrayOutputStream();
        test(download).download(file);
        var json = file.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"logins\"").contains("\"ana\"").contains("\"invoices\"");
    }

    @Test
    @WithUserDetails("diego")
    void a_supervisor_erases_a_debtor_after_confirming_and_reads_the_outcome() {
        var target = mongo.getCollection("debtors").find(Filters.exists("email")).sort(new Document("_id", -1)).first();
        var externalId = target.getString("externalId");
        navigate(ErasureView.class);
        var result = $(Paragraph.class).id("erasure-result");

        test($(Button.class).id("erasure-submit")).click();
        assertThat(result.getText()).isEqualTo(text("erasure.required"));

        test($(TextField.class).id("erasure-external-id")).setValue(externalId);
        test($(TextField.class).id("erasure-reference")).setValue("REQ-77");
        test($(Button.class).id("erasure-submit")).click();
        assertThat(debtors.findByExternalId(externalId).orElseThrow().name()).as("nothing happens before confirming")
                .isNotEqualTo(DebtorDirectory.ERASED_NAME);
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(result.getText()).isEqualTo(text("erasure.result.erased"));
        assertThat(debtors.findByExternalId(externalId).orElseThrow().name()).isEqualTo(DebtorDirectory.ERASED_NAME);
    }

    private String text(String key) {
        return messages.getMessage(key, null, UI.getCurrent().getLocale());
    }
}
