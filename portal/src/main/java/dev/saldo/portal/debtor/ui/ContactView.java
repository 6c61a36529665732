package dev.saldo.portal.debtor.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My contact details": the whole record on one form, saved whole or not at all. Each wrong field shows
 * its own error; a new primary e-mail waits for its confirmation link.
 */
@Route("contact")
@RolesAllowed(Role.DEBTOR_NAME)
public class ContactView extends Main implements HasDynamicTitle {

    private final ContactBook contacts;
    private final DebtorId debtor;
    private final EmailField email = new EmailField();
    private final EmailField otherEmail = new EmailField();
    private final TextField phone = new TextField();
    private final TextField otherPhone = new TextField();
    private final TextField street = new TextField();
    private final TextField city = new TextField();
    private final TextField region = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField country = new TextField();
    private final RadioButtonGroup<String> channel = new RadioButtonGroup<>();
    private final Select<String> language = new Select<>();
    private final TimePicker quietFrom = new TimePicker();
    private final TimePicker quietTo = new TimePicker();
    private final TextField backupName = new TextField();
    private final TextField backupRelation = new TextField();
    private final TextField backupPhone = new TextField();
    private final CheckboxGroup<String> optOuts = new CheckboxGroup<>();
    private final Div feedback = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public ContactView(ContactBook contacts, CurrentUser user) {
        this.contacts = contacts;
        this.debtor = user.requireDebtor();
        addClassName("page");
        label(email, ContactPaths.EMAILS_0_ADDRESS, "contact.field.email", "contact-email");
        label(otherEmail, ContactPaths.EMAILS_1_ADDRESS, "contact.field.other-email", "contact-other-email");
        label(phone, ContactPaths.PHONES_0_NUMBER, "contact.field.phone", "contact-phone");
        label(otherPhone, ContactPaths.PHONES_1_NUMBER, "contact.field.other-phone", "contact-other-phone");
        phone.setHelperText(getTranslation("contact.field.phone.help"));
        label(street, ContactPaths.POSTAL_ADDRESS_STREET, "contact.field.street", "contact-street");
        label(city, ContactPaths.POSTAL_ADDRESS_CITY, "contact.field.city", "contact-city");
        label(region, ContactPaths.POSTAL_ADDRESS_REGION, "contact.field.region", "contact-region");
        label(postalCode, ContactPaths.POSTAL_ADDRESS_POSTAL_CODE, "contact.field.postal-code", "contact-postal-code");
        label(country, ContactPaths.POSTAL_ADDRESS_COUNTRY, "contact.field.country", "contact-country");
        country.setHelperText(getTranslation("contact.field.country.help"));
        channel.setLabel(getTranslation("contact.field.channel"));
        channel.setId("contact-channel");
        channel.setItems(Arrays.stream(Channel.values()).map(Channel::name).toList());
        channel.setItemLabelGenerator(c -> getTranslation("contact.channel." + c));
        fields.put(ContactPaths.PREFERRED_CHANNEL, channel);
        language.setLabel(getTranslation("contact.field.language"));
        language.setId("contact-language");
        language.setItems("es", "en");
        language.setItemLabelGenerator(l -> getTranslation("contact.language." + l));
        fields.put(ContactPaths.LANGUAGE, language);
        label(quietFrom, ContactPaths.QUIET_HOURS_FROM, "contact.field.quiet-from", "contact-quiet-from");
        label(quietTo, ContactPaths.QUIET_HOURS_TO, "contact.field.quiet-to", "contact-quiet-to");
        label(backupName, ContactPaths.BACKUP_CONTACT_NAME, "contact.field.backup-name", "contact-backup-name");
        label(backupRelation, ContactPaths.BACKUP_CONTACT_RELATION, "contact.field.backup-relation", "contact-backup-relation");
        label(backupPhone, ContactPaths.BACKUP_CONTACT_PHONE, "contact.field.backup-phone", "contact-backup-phone");
        optOuts.setLabel(getTranslation("contact.field.opt-outs"));
        optOuts.setId("contact-opt-outs");
        optOuts.setItems(Arrays.stream(Channel.values()).map(Channel::name).toList());
        optOuts.setItemLabelGenerator(c -> getTranslation("contact.channel." + c));
        optOuts.setHelperText(getTranslation("contact.field.opt-outs.help"));
        fields.put(ContactPaths.OPTED_OUT_CHANNELS_0, optOuts);

        var save = new Button(getTranslation("contact.save"), click -> save());
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedback.setId("contact-feedback");
        feedback.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("contact.title")), new Paragraph(getTranslation("contact.intro")), feedback,
                new H2(getTranslation("contact.section.reach")), form(email, otherEmail, phone, otherPhone),
                new H2(getTranslation("contact.section.preferences")), form(channel, language, quietFrom, quietTo),
                optOuts,
                new H2(getTranslation("contact.section.address")), form(street, city, region, postalCode, country),
                new H2(getTranslation("contact.section.backup")), form(backupName, backupRelation, backupPhone),
                save);
        contacts.find(debtor).ifPresent(this::show);
    }

    private <C extends com.vaadin.flow.component.Component & HasValidation & com.vaadin.flow.component.HasLabel> void label(
            C field, String path, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        fields.put(path, field);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... components) {
        var form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private void show(ContactDetails record) {
        var emails = record.emails() == null ? List.<ContactDetails.Email>of() : record.emails();
        var primaryEmail = record.pendingEmail() != null ? record.pendingEmail() : record.primaryEmail();
        email.setValue(orEmpty(primaryEmail));
        otherEmail.setValue(emails.stream().map(ContactDetails.Email::address)
                .filter(a -> !a.equalsIgnoreCase(orEmpty(primaryEmail))).findFirst().orElse(""));
        var phones = record.phones() == null ? List.<ContactDetails.Phone>of() : record.phones();
        phone.setValue(orEmpty(record.primaryPhone()));
        otherPhone.setValue(phones.stream().filter(p -> !p.primary()).map(ContactDetails.Phone::number).findFirst()
                .orElse(""));
        var address = record.postalAddress();
        street.setValue(address == null ? "" : orEmpty(address.street()));
        city.setValue(address == null ? "" : orEmpty(address.city()));
        region.setValue(address == null ? "" : orEmpty(address.region()));
        postalCode.setValue(address == null ? "" : orEmpty(address.postalCode()));
        country.setValue(address == null ? "" : orEmpty(address.country()));
        channel.setValue(record.preferredChannel());
        language.setValue(record.language());
        quietFrom.setValue(record.quietHours() == null ? null : LocalTime.parse(record.quietHours().from()));
        quietTo.setValue(record.quietHours() == null ? null : LocalTime.parse(record.quietHours().to()));
        var backup = record.backupContact();
        backupName.setValue(backup == null ? "" : backup.name());
        backupRelation.setValue(backup == null ? "" : backup.relation());
        backupPhone.setValue(backup == null ? "" : backup.phone());
        optOuts.setValue(record.optedOutChannels() == null ? Set.of() : new TreeSet<>(record.optedOutChannels()));
        feedback.removeAll();
        if (record.pendingEmail() != null) {
            var pending = new Paragraph(getTranslation("contact.pending", record.pendingEmail(), record.primaryEmail()));
            pending.setId("contact-pending");
            feedback.add(pending);
        }
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            show(contacts.update(debtor, record()));
            var saved = new Paragraph(getTranslation("contact.saved"));
            saved.setId("contact-saved");
            feedback.addComponentAsFirst(saved);
        } catch (ContactBook.InvalidContact refused) {
            feedback.removeAll();
            var summary = new Paragraph(getTranslation("contact.refused"));
            summary.setId("contact-refused");
            feedback.add(summary);
            refused.fieldErrorKeys().forEach((path, key) -> {
                var field = fields.getOrDefault(path, fields.get(path.replaceAll("\\[\\d+]$", "[0]")));
                if (field == null && path.equals(ContactPaths.EMAILS)) {
                    field = email;
                } else if (field == null && path.equals(ContactPaths.PHONES)) {
                    field = phone;
                }
                if (field != null) {
                    field.setErrorMessage(getTranslation(key));
                    field.setInvalid(true);
                }
            });
        }
    }

    private ContactDetails record() {
        var emails = new ArrayList<ContactDetails.Email>();
        emails.add(new ContactDetails.Email(email.getValue(), true));
        if (!otherEmail.getValue().isBlank()) {
            emails.add(new ContactDetails.Email(otherEmail.getValue(), false));
        }
        var phones = new ArrayList<ContactDetails.Phone>();
        if (!phone.getValue().isBlank()) {
            phones.add(new ContactDetails.Phone(phone.getValue(), true));
        }
        if (!otherPhone.getValue().isBlank()) {
            phones.add(new ContactDetails.Phone(otherPhone.getValue(), phones.isEmpty()));
        }
        var address = new ContactDetails.PostalAddress(street.getValue(), city.getValue(), region.getValue(),
                postalCode.getValue(), country.getValue().toUpperCase(java.util.Locale.ROOT));
        var quiet = quietFrom.isEmpty() && quietTo.isEmpty() ? null
                : new ContactDetails.QuietHours(hhmm(quietFrom.getValue()), hhmm(quietTo.getValue()));
        var backup = backupName.isEmpty() && backupRelation.isEmpty() && backupPhone.isEmpty() ? null
                : new ContactDetails.BackupContact(backupName.getValue(), backupRelation.getValue(), backupPhone.getValue());
        return new ContactDetails(emails, phones, address, channel.getValue(), language.getValue(), quiet, backup,
                List.copyOf(optOuts.getValue()), null);
    }

    private static String hhmm(LocalTime time) {
        return time == null ? "" : time.withSecond(0).withNano(0).toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("contact.title"));
    }
}
