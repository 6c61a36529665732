package dev.saldo.portal.debtor.api;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.portal.api.ApiException;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in debtor's contact record: read, and replaced whole (or not at all). */
@RestController
@RequestMapping("/api/v1/me/contact")
@Tag(name = "Contact", description = "How Saldo reaches the signed-in debtor")
class MyContactController {

    private final ContactBook contacts;
    private final CurrentUser currentUser;

    MyContactController(ContactBook contacts, CurrentUser currentUser) {
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The debtor's contact record")
    @GetMapping
    ContactDetails contact() {
        return contacts.find(currentUser.requireDebtor()).orElseThrow(ApiException::notFound);
    }

    @Operation(summary = "Replaces the contact record; 400 with every wrong field and nothing saved if any is wrong. "
            + "A new primary e-mail is returned as pendingEmail until the link sent to it is opened")
    @PutMapping
    ContactDetails update(@RequestBody ContactDetails details) {
        try {
            return contacts.update(currentUser.requireDebtor(), details);
        } catch (ContactBook.InvalidContact e) {
            throw ApiException.invalidFields(e.fieldErrorKeys());
        }
    }
}
