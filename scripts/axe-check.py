"""Checks an HTML file with axe-core, offline.

axe-core's own script comes from the PyPI package axe-playwright-python (which ships
axe.min.js; installed with --no-deps, since Playwright itself would download a browser);
it runs in Debian's headless Chromium through Selenium and chromedriver. Rules: WCAG 2.0,
2.1 and 2.2 A and AA, and axe's best practices.

    apt-get install chromium chromium-driver
    pip install selenium && pip install --no-deps axe-playwright-python
    python3 scripts/axe-check.py handout.html

Prints the axe-core version, one line per violation (with up to three elements), the
rules passed and those needing a person's review; exits 0 with no violations, 1 with
some, 2 when axe could not run."""
import json, os, sys
import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

opts = Options()
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
    opts.add_argument(a)
opts.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=opts)
try:
    driver.set_script_timeout(600)
    driver.get("file://" + os.path.abspath(sys.argv[1]))
    source = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")).read()
    driver.execute_script(source)
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
    results = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}}, function (error, results) {"
        "  done(error ? {error: String(error)} : {version: results.testEngine.version, violations: results.violations,"
        "    passes: results.passes.map(p => p.id), incomplete: results.incomplete}); });" % json.dumps(tags))
    if "error" in results:
        print("axe error:", results["error"]); sys.exit(2)
    print("axe-core", results["version"])
    for v in results["violations"]:
        print("VIOLATION", v["id"], v["impact"], "-", v["help"], "(%d nodes)" % len(v["nodes"]))
        for n in v["nodes"][:3]:
            print("   ", n["target"], n.get("failureSummary", "").replace("\n", " ")[:300])
    print("passed:", " ".join(results["passes"]))
    for item in results["incomplete"]:
        print("NEEDS REVIEW", item["id"], "-", item["help"], "(%d nodes)" % len(item["nodes"]))
        for n in item["nodes"][:3]:
            print("   ", n["target"], (n.get("any") or [{}])[0].get("message", "")[:200])
    print("violations:", len(results["violations"]))
    sys.exit(1 if results["violations"] else 0)
finally:
    driver.quit()
