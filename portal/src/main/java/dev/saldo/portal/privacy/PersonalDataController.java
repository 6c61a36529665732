package dev.saldo.portal.privacy;

import dev.saldo.portal.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me/personal-data}: the signed-in debtor's own data, as a JSON attachment. */
@RestController
class PersonalDataController {

    private final PersonalDataExport export;
    private final CurrentUser currentUser;

    PersonalDataController(PersonalDataExport export, CurrentUser currentUser) {
        this.export = export;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/v1/me/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> personalData() {
        var body = export.json(currentUser.requireDebtor());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(PersonalDataExport.FILE_NAME).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
