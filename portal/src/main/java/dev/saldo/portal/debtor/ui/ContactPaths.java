package dev.saldo.portal.debtor.ui;

/** The contact record's field paths, as {@code ContactRules} names them in its errors. */
final class ContactPaths {

    static final String EMAILS_0_ADDRESS = "emails[0].address";
    static final String EMAILS_1_ADDRESS = "emails[1].address";
    static final String PHONES_0_NUMBER = "phones[0].number";
    static final String PHONES_1_NUMBER = "phones[1].number";
    static final String POSTAL_ADDRESS_STREET = "postalAddress.street";
    static final String POSTAL_ADDRESS_CITY = "postalAddress.city";
    static final String POSTAL_ADDRESS_REGION = "postalAddress.region";
    static final String POSTAL_ADDRESS_POSTAL_CODE = "postalAddress.postalCode";
    static final String POSTAL_ADDRESS_COUNTRY = "postalAddress.country";
    static final String PREFERRED_CHANNEL = "preferredChannel";
    static final String LANGUAGE = "language";
    static final String QUIET_HOURS_FROM = "quietHours.from";
    static final String QUIET_HOURS_TO = "quietHours.to";
    static final String BACKUP_CONTACT_NAME = "backupContact.name";
    static final String BACKUP_CONTACT_RELATION = "backupContact.relation";
    static final String BACKUP_CONTACT_PHONE = "backupContact.phone";
    static final String OPTED_OUT_CHANNELS_0 = "optedOutChannels[0]";
    static final String EMAILS = "emails";
    static final String PHONES = "phones";

    private ContactPaths() {
    }
}
