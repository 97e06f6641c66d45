"""``blocgraph serve`` in a real browser: Playwright driving the system's Chromium
(``/usr/bin/chromium``, from the distribution's package manager; no downloaded browser builds).

A person opens the SCO's page, follows a link to a state, runs a named query from the query
page and uses the search box; the tests assert what that person sees. Screenshots of each
page go to tests/artifacts/ (gitignored) to be looked at. Without Chromium or Playwright the
tests skip, except under CI=true, where that fails them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from needs import missing

pytest.importorskip("starlette", reason="pip install 'blocgraph[web]'")

CHROMIUM = os.environ.get("BLOCGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright is not installed: pip install 'blocgraph[test]'")
    if not Path(CHROMIUM).is_file():
        missing(f"Chromium is not at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as playwright:
        # --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(base_url=server.url, viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def shoot(page, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def test_from_a_bloc_page_to_a_state_page(page):
    from playwright.sync_api import expect

    page.goto("/id/bloc/SCO")
    expect(page.locator("h1")).to_have_text("Shanghai Cooperation Organisation")
    members = page.locator("h3", has_text="Member").locator("xpath=following-sibling::table[1]")
    expect(members).to_contain_text("India")
    expect(members.locator("tr", has_text="India")).to_contain_text("2017-06-09")
    observers = page.locator("h3", has_text="Observer").locator("xpath=following-sibling::table[1]")
    expect(observers.locator("tr", has_text="India")).to_contain_text("2005-07-05")
    expect(page.get_by_role("heading", name="Bodies")).to_be_visible()
    expect(page.get_by_role("link", name="SCO Council of Heads of State").first).to_be_visible()
    shoot(page, "serve-bloc")
    shoot(page, "serve-bloc-top", full_page=False)

    members.get_by_role("link", name="Belarus").click()
    page.wait_for_url("**/id/state/BLR")
    expect(page.locator("h1")).to_have_text("Belarus")
    sco = page.locator("table").first.locator("tr", has_text="Shanghai Cooperation Organisation")
    expect(sco.filter(has_text="member")).to_contain_text("2024-07-04")
    expect(sco.filter(has_text="observer")).to_contain_text("2015-07-10")
    shoot(page, "serve-state")


def test_run_a_named_query_from_the_query_page(page):
    from playwright.sync_api import expect

    page.goto("/query")
    section = page.locator("section#members-on")
    section.get_by_label("bloc").fill("SCO")
    section.get_by_label("date").fill("2017-06-09")
    section.get_by_role("button", name="Run").click()
    page.wait_for_url("**/query/members-on?*")
    expect(page.locator("h1")).to_have_text("Members of a bloc on a date")
    table = page.locator("main table")
    expect(table.locator("tr", has_text="India")).to_contain_text("member")
    expect(table.locator("tr", has_text="Pakistan")).to_contain_text("2017-06-09")
    expect(page.get_by_role("heading", name="rows")).to_be_visible()
    shoot(page, "serve-query")


def test_the_search_box(page):
    from playwright.sync_api import expect

    page.goto("/")
    box = page.get_by_role("searchbox", name="Search blocs and states")
    box.fill("shanghai")
    box.press("Enter")
    page.wait_for_url("**/search?q=shanghai")
    link = page.get_by_role("link", name="Shanghai Cooperation Organisation")
    expect(link).to_be_visible()
    shoot(page, "serve-search")
    link.click()
    page.wait_for_url("**/id/bloc/SCO")
    expect(page.locator("h1")).to_have_text("Shanghai Cooperation Organisation")


def test_a_meeting_page_and_the_ontology(page):
    from playwright.sync_api import expect

    page.goto("/id/meeting/SCO/dsewg-9")
    expect(page.locator("h1")).to_contain_text("Defence and Security Expert Working Group")
    participants = page.locator("h2", has_text="Participants").locator(
        "xpath=following-sibling::table[1]"
    )
    expect(participants.locator("tr", has_text="Pakistan")).to_contain_text("host")
    expect(page.locator("blockquote").first).to_be_visible()
    shoot(page, "serve-meeting")

    page.goto("/ontology#Membership")
    expect(page.locator("#Membership h3")).to_contain_text("Membership")
    shoot(page, "serve-ontology", full_page=False)


def test_a_page_that_takes_too_long_says_so(browser, runaway_resources):
    """A named query and a page past the server's deadline (1 s here): a 503 page a person can
    read, saying what happened and what to do."""
    from playwright.sync_api import expect

    from blocgraph.store import open_embedded
    from webserver import ServedApp

    served = ServedApp(open_embedded(timeout=1), workers=1)
    context = browser.new_context(base_url=served.url, viewport={"width": 1200, "height": 700})
    try:
        page = context.new_page()
        response = page.goto("/query/runaway-pairs?bloc=SCO")
        assert response is not None and response.status == 503
        expect(page.locator("h1")).to_have_text("Pairs of facts beside a bloc's memberships "
                                                "(runs for hours)")  # fmt: skip
        expect(page.locator("p.error")).to_contain_text("needed more than 1 s")
        expect(page.locator("p.error")).to_contain_text("was stopped")
        expect(page.get_by_role("textbox", name="bloc")).to_have_value("SCO")  # to try again
        shoot(page, "serve-query-too-long", full_page=False)

        response = page.goto("/id/body/SCO/council-of-heads-of-state")
        assert response is not None and response.status == 503
        expect(page.locator("h1")).to_have_text("This page took too long")
        expect(page.locator("main")).to_contain_text("blocgraph --timeout SECONDS serve")
        shoot(page, "serve-page-too-long", full_page=False)
    finally:
        context.close()
        served.close()
