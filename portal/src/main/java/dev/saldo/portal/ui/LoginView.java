package dev.saldo.portal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in with a built-in account. In the demo it also lists the demo accounts, so nobody has to ask. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(List<LoginNotice> notices) {
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        var top = new Div(new LanguageSwitcher());
        top.addClassName("login-top");
        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        var card = new Div(brand, new Paragraph(getTranslation("login.intro")), form);
        card.addClassName("login-card");
        notices.forEach(notice -> notice.messageKey().ifPresent(key -> {
            var hint = new Div(new Span(getTranslation(key)));
            hint.addClassName("login-notice");
            card.add(hint);
        }));
        add(top, card);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var labels = new LoginI18n.Form();
        labels.setTitle(getTranslation("login.title"));
        labels.setUsername(getTranslation("login.username"));
        labels.setPassword(getTranslation("login.password"));
        labels.setSubmit(getTranslation("login.submit"));
        i18n.setForm(labels);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }
}
