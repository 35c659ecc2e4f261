package dev.storyline.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;

/**
 * Clicks that load a new page. A click returns before a form's POST and its redirect have replaced the page, so
 * reading the page right after it can read the old one or an element the new page has just detached (CI failed
 * on such a stale {@code <main>}). This waits until the old document is gone and the new one is loaded.
 */
final class Navigation {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Navigation() {
    }

    static void clickToNextPage(WebDriver browser, WebElement target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(driver -> isGone(oldPage));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element left the document. Chrome says so with a stale-element error, or, when the
     * document it belonged to is being replaced, with "Node with given id does not belong to the document" (an
     * unknown error to Selenium's own {@code stalenessOf}, which then fails the wait: CI failed so once).
     */
    private static boolean isGone(WebElement oldElement) {
        try {
            oldElement.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
            throw e;
        }
    }
}
