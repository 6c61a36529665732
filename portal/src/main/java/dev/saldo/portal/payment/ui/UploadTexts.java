package dev.saldo.portal.payment.ui;

import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own words, from the bundles, so it speaks the page's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(RejectionMessages.Translator t) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.translate("upload.add")).setMany(t.translate("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.translate("upload.drop")).setMany(t.translate("upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t.translate("upload.too-many"))
                .setFileIsTooBig(t.translate("transfer.error.size")).setIncorrectFileType(t.translate("transfer.error.type")));
        return i18n;
    }
}
