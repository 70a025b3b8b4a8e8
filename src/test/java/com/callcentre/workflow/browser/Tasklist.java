package com.callcentre.workflow.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist as staff use it: log in, start a process, open a filter and a task, fill in
 * the Camunda Form, claim and complete. Buttons are found by their English or Chinese label,
 * so the steps stay true whichever locale the webapp shows.
 */
public final class Tasklist {

    private final Browser browser;

    public Tasklist(Browser browser) {
        this.browser = browser;
    }

    /** Logs in with a fresh session (every earlier login forgotten). */
    public Tasklist login(String user, String password) {
        browser.forgetLogins();
        browser.go("/camunda/app/tasklist/default/");
        browser.find(By.cssSelector("input[ng-model=username]")).sendKeys(user);
        browser.find(By.cssSelector("input[type=password]")).sendKeys(password);
        browser.click(By.cssSelector("button[type=submit]"));
        browser.find(By.cssSelector(".filters, [cam-tasklist-filters]"));
        return this;
    }

    public void startProcess(String processName) {
        browser.click(button("Start process", "发起流程"));
        browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='" + processName + "']"));
        browser.find(By.cssSelector(".modal .fjs-form"));
    }

    public void submitStartForm() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[" + textIs("Start", "发起") + "]"));
        browser.until(d -> d.findElements(By.cssSelector(".modal .fjs-form")).isEmpty());
    }

    /** Opens the filter of this name in the filter list. */
    public void filter(String name) {
        By link = By.xpath("//*[contains(@class,'task-filter')]//*[contains(@class,'name')]/a[normalize-space(text()[1])='"
                + name + "']");
        if (!browser.present(link, java.time.Duration.ofSeconds(10))) {
            // Tasklist sometimes fails its first load of the filters ("Try to refresh the page").
            browser.driver().navigate().refresh();
        }
        browser.click(link);
        browser.find(By.xpath("//*[contains(@class,'task-filter') and contains(@class,'active')]//a[normalize-space(text()[1])='"
                + name + "']"));
    }

    /** The number Tasklist shows beside a filter's name. */
    public String filterNames() {
        return browser.find(By.cssSelector(".filters, [cam-tasklist-filters]")).getText();
    }

    /** Opens the first task in the list whose entry mentions all the given texts (e.g. task name, ticket number). */
    public void openTask(String... texts) {
        StringBuilder condition = new StringBuilder();
        for (String text : texts) {
            condition.append(condition.length() == 0 ? "" : " and ").append("contains(., '").append(text).append("')");
        }
        browser.click(By.xpath("(//li[contains(@class,'task') and " + condition + "]//a)[1]"));
        browser.find(By.cssSelector(".fjs-form"));
    }

    /** The task list as shown once Tasklist has finished loading it. */
    public String taskList() {
        By list = By.cssSelector(".tasks-list, [cam-tasks]");
        browser.until(d -> {
            String text = browser.find(list).getText();
            return !text.contains("正在加载") && !text.contains("Loading") ? text : null;
        });
        return browser.find(list).getText();
    }

    public void claim() {
        browser.click(button("Claim", "认领"));
        browser.find(By.cssSelector("button.unclaim"));
    }

    public void complete() {
        browser.click(button("Complete", "完成"));
        browser.until(d -> d.findElements(By.cssSelector(".task-details .fjs-form")).isEmpty());
    }

    /** A form-js select: opens the field of this label and picks the option. */
    public void select(String label, String option) {
        browser.click(By.xpath(field(label) + "//*[contains(@class,'fjs-input-group')]"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']"));
    }

    public void radio(String label, String option) {
        browser.click(By.xpath(field(label) + "//label[normalize-space(.)='" + option + "']"));
    }

    /** Ticks an option of a checklist unless it is ticked already (e.g. proposed by the routing table). */
    public void tick(String label, String option) {
        By box = By.xpath(field(label) + "//label[normalize-space(.)='" + option + "']//input"
                + " | " + field(label) + "//label[normalize-space(.)='" + option + "']/preceding-sibling::input[1]");
        if (!browser.find(box).isSelected()) {
            browser.click(By.xpath(field(label) + "//label[normalize-space(.)='" + option + "']"));
        }
    }

    /** Whether an option of a checklist is ticked. */
    public boolean ticked(String label, String option) {
        return browser.find(By.xpath(field(label) + "//label[normalize-space(.)='" + option + "']//input"
                + " | " + field(label) + "//label[normalize-space(.)='" + option + "']/preceding-sibling::input[1]"))
                .isSelected();
    }

    public void fill(String label, String text) {
        WebElement input = browser.find(By.xpath(field(label) + "//*[self::input or self::textarea]"));
        input.clear();
        input.sendKeys(text);
    }

    /** Scrolls the form field of this label to the top of the window (for a screenshot). */
    public void show(String label) {
        browser.scrollTo(By.xpath(field(label)));
    }

    /** The form field whose own label starts with this text (form-js adds a * to required ones). */
    private static String field(String label) {
        return "//*[contains(@class,'fjs-form-field') and ./label[starts-with(normalize-space(.),'" + label + "')]]";
    }

    static By button(String... labels) {
        return By.xpath("//*[(self::button or self::a) and (" + textIs(labels) + ")]");
    }

    private static String textIs(String... labels) {
        StringBuilder xpath = new StringBuilder();
        for (String label : labels) {
            xpath.append(xpath.length() == 0 ? "" : " or ").append("normalize-space(.)='").append(label).append("'");
        }
        return xpath.toString();
    }
}
