package com.callcentre.workflow.browser;

import org.openqa.selenium.By;

/** Camunda Cockpit as a manager uses it: log in, the dashboard, a process instance. */
public final class Cockpit {

    private final Browser browser;

    public Cockpit(Browser browser) {
        this.browser = browser;
    }

    /** Fills in the login form with a fresh session; where the browser lands is for the caller to check. */
    public void submitLogin(String user, String password) {
        browser.forgetLogins();
        browser.go("/camunda/app/cockpit/default/");
        browser.find(By.cssSelector("input[ng-model=username]")).sendKeys(user);
        browser.find(By.cssSelector("input[type=password]")).sendKeys(password);
        browser.click(By.cssSelector("button[type=submit]"));
    }

    /** Logs in and waits for the dashboard. */
    public Cockpit login(String user, String password) {
        submitLogin(user, password);
        browser.find(By.cssSelector(".dashboard, [cam-widget-header], .ctn-main .dashboard-row, .dashboard-container"));
        return this;
    }

    /** The login form is still there, with the webapp's refusal shown. */
    public boolean refused() {
        return browser.present(By.cssSelector(".notifications .alert-danger, .alert-danger, .alert-error"),
                java.time.Duration.ofSeconds(10))
                && !browser.driver().findElements(By.cssSelector("input[type=password]")).isEmpty();
    }
}
