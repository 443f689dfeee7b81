"""Drives the coach's page in headless Chromium: fills the form with an example scenario file, submits it,
checks that the month table, the chart and a warning are shown, and saves a screenshot.

Usage: python3 scripts/browser_test.py URL SCENARIO.yaml SCREENSHOT.png
"""
import sys

import yaml
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait


def flatten(node, prefix=""):
    """{"job": {"pattern": {"daysPerWeek": 3}}} -> {"job.pattern.daysPerWeek": 3}"""
    for key, value in node.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from flatten(value, path + ".")
        else:
            yield path, value


def fill(driver, scenario):
    filled = 0
    for name, value in flatten(scenario):
        inputs = driver.find_elements(By.NAME, name)
        if not inputs:
            continue
        element = inputs[0]
        if element.get_attribute("type") == "checkbox":
            if bool(value) != element.is_selected():
                element.click()
        elif element.tag_name == "select":
            # A yes/no select takes "true" / "false", as the scenario file writes them.
            Select(element).select_by_value(str(value).lower() if isinstance(value, bool) else str(value))
        else:
            element.clear()
            element.send_keys(f"{value:.2f}" if isinstance(value, float) else str(value))
        filled += 1
    return filled


def main(url, scenario_path, screenshot):
    with open(scenario_path, encoding="utf-8") as file:
        scenario = yaml.safe_load(file)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2400"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    failures = []
    try:
        driver.get(url + "/en")
        filled = fill(driver, scenario)
        print(f"browser: filled {filled} fields from {scenario_path}")
        submit = driver.find_element(By.CSS_SELECTOR, "button[type=submit]")
        submit.click()
        # The click returns once the navigation starts: wait for the new page to replace the form and finish
        # loading, or the counts below can run on a half-parsed answer.
        wait = WebDriverWait(driver, 60)
        wait.until(expected_conditions.staleness_of(submit))
        wait.until(lambda page: page.execute_script("return document.readyState") == "complete")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.months tbody tr")
        charts = driver.find_elements(By.CSS_SELECTOR, "#result figure.chart svg")
        warnings = driver.find_elements(By.CSS_SELECTOR, "#result ul.warnings li")
        kept = driver.find_element(By.NAME, "person.municipality").get_attribute("value")
        print(f"browser: {len(rows)} month rows, {len(charts)} chart, {len(warnings)} warnings, municipality kept: {kept!r}")
        if len(rows) != scenario.get("months", 12):
            failures.append("month table")
        if len(charts) != 1 or not charts[0].find_elements(By.TAG_NAME, "desc"):
            failures.append("chart with its text alternative")
        if not warnings:
            failures.append("warnings")
        if kept != scenario["person"]["municipality"]:
            failures.append("form kept filled")
        driver.save_screenshot(screenshot)
        print(f"browser: screenshot {screenshot}")
    finally:
        driver.quit()
    if failures:
        print("browser: missing " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
