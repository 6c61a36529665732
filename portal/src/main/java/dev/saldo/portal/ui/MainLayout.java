package dev.saldo.portal.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in screen: the brand, the menu for the person's role, their name,
 * the language switcher and sign-out. Menu entries name routes as paths so that this shell does
 * not depend on the capabilities that own the screens.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        var user = currentUser.get();
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        var name = new Span(user.map(SaldoUser::displayName).orElse(""));
        name.setId("current-user");
        name.addClassName("current-user");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var bar = new HorizontalLayout(toggle, name, new LanguageSwitcher(), logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(name);
        bar.addClassName("top-bar");
        addToNavbar(bar);

        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        var header = new Header(brand);
        header.addClassName("drawer-header");
        var footer = new Footer(new Span(getTranslation("app.tagline")));
        footer.addClassName("drawer-footer");
        var supervisor = user.map(u -> u.roles().contains(Role.SUPERVISOR)).orElse(false);
        var nav = navigation(user.map(SaldoUser::isStaff).orElse(false), supervisor);
        if (supervisor) {
            nav.addItem(new SideNavItem(getTranslation("nav.erasure"), "staff/erasure", VaadinIcon.ERASER.create()));
        }
        addToDrawer(header, nav, footer);
    }

    private SideNav navigation(boolean staff, boolean supervisor) {
        var nav = new SideNav();
        nav.setId("main-nav");
        if (staff) {
            nav.addItem(new SideNavItem(getTranslation("nav.portfolio"), "staff", VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.work-list"), "staff/work-list", VaadinIcon.PHONE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.proposals"), "staff/proposals", VaadinIcon.INBOX.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.transfers"), "staff/transfers", VaadinIcon.INSTITUTION.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.debtors"), "staff/debtors", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.fee-waivers"), "staff/fees/waivers", VaadinIcon.SCISSORS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.reminder-outbox"), "staff/reminders/outbox", VaadinIcon.ENVELOPES_O.create()));
            if (supervisor) {
                nav.addItem(new SideNavItem(getTranslation("nav.policies"), "staff/policies", VaadinIcon.COG.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.fees"), "staff/fees", VaadinIcon.SCALE.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.reminder-schedule"), "staff/reminders", VaadinIcon.BELL_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.import"), "staff/import", VaadinIcon.UPLOAD.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.audit"), "staff/audit", VaadinIcon.CLIPBOARD_TEXT.create()));
            }
        } else {
            nav.addItem(new SideNavItem(getTranslation("nav.balance"), "balance", VaadinIcon.WALLET.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.invoices"), "invoices", VaadinIcon.FILE_TEXT_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.payments"), "payments", VaadinIcon.CREDIT_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.plan"), "plan", VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.promise"), "promise", VaadinIcon.HANDSHAKE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.contact"), "contact", VaadinIcon.ENVELOPE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.history"), "history", VaadinIcon.CLOCK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.my-data"), "my-data", VaadinIcon.USER_CARD.create()));
        }
        return nav;
    }
}
