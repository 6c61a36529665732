package dev.saldo.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in screen: Vaadin's login form, whose inputs live in its light DOM. */
record LoginPage(WebDriver driver) {

    static final By FORM = By.cssSelector("vaadin-login-form");

    void signIn(String username, String password) {
        field("input[name='username']").sendKeys(username);
        field("input[name='password']").sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    private WebElement field(String css) {
        return driver.findElement(By.cssSelector("vaadin-login-form " + css));
    }
}
