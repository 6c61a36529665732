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

/** The signed-in debtor's e-mail and phone: read, and replaced whole (or not at all). */
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

    @Operation(summary = "The debtor's contact details")
    @GetMapping
    ContactDetails contact() {
        return contacts.find(currentUser.requireDebtor()).map(MyContactController::json).orElseThrow(ApiException::notFound);
    }

    @Operation(summary = "Replaces the contact details; 400 with per-field errors and nothing saved if any field is wrong")
    @PutMapping
    ContactDetails update(@RequestBody ContactDetails details) {
        try {
            return json(contacts.update(currentUser.requireDebtor(), new ContactBook.Contact(details.email(), details.phone())));
        } catch (ContactBook.InvalidContact e) {
            throw ApiException.invalidFields(e.fieldErrorKeys());
        }
    }

    private static ContactDetails json(ContactBook.Contact contact) {
        return new ContactDetails(contact.email(), contact.phone());
    }
}
