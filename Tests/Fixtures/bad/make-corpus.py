#!/usr/bin/env python3
# Writes most of the broken-input corpus (run from the package root:
#   python3 Tests/Fixtures/bad/make-corpus.py Tests/Fixtures/bad).
# Each case is one mutation of a small valid dataset; EXPECTED.tsv holds what
# `tumen validate` must answer. The 50 MB and unreadable files are made by the tests.
import json, copy, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
base = {
  "format": "tumen-dataset", "version": 1, "title": "Broken-input corpus base",
  "categories": [{"id": "policy", "name": "Policy"}, {"id": "route", "name": "Route"}],
  "sources": [{"id": "report", "title": "A report"}, {"id": "article", "title": "An article"}],
  "places": [
    {"id": "river-town", "name": "River Town", "kind": "city", "lat": 42.96, "lon": 129.84, "precision": "city"},
    {"id": "capital", "name": "Capital", "kind": "city", "lat": 37.57, "lon": 126.98, "precision": "city"}],
  "events": [
    {"id": "agreement", "date": {"start": "1986"}, "title": "An agreement", "summary": "Two governments agree.",
     "category": "policy", "places": ["river-town"], "sources": [{"source": "report", "passage": "paragraph 1"}]},
    {"id": "share", "date": {"start": "2019", "end": "2020"}, "title": "How many", "summary": "Figures differ.",
     "category": "policy", "sources": [{"source": "report", "passage": "paragraph 2"}],
     "contested": {"question": "Share", "claims": [
        {"figure": "60%", "source": {"source": "report", "passage": "paragraph 2"}},
        {"figure": "80%", "source": {"source": "article", "passage": "paragraph 3"}}]}},
    {"id": "arrival", "date": {"start": "2018-11-20"}, "title": "Arrival", "summary": "She arrives.",
     "category": "route", "places": ["capital"], "sources": [{"source": "article", "passage": "paragraph 4"}]}],
  "routes": [{"id": "southern", "name": "Southern route", "status": "open", "stages": [
    {"id": "bank", "number": 1, "place": "river-town", "title": "The bank", "description": "Crossing."},
    {"id": "end", "number": 2, "place": "capital", "title": "The capital", "description": "Arrival.", "event": "arrival"}]}],
  "lessons": [{"id": "journey", "title": "The journey", "steps": [{"event": "agreement"}, {"route": "southern", "stage": "bank"}]}]
}
text = json.dumps(base, indent=2, ensure_ascii=False) + "\n"
def write(name, data):
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(os.path.join(out, name), mode) as f: f.write(data)
def mutate(name, fn):
    d = copy.deepcopy(base); fn(d); write(name, json.dumps(d, indent=2, ensure_ascii=False) + "\n")
def sub(name, old, new):
    assert old in text, old
    write(name, text.replace(old, new, 1))
# syntax
write("empty.json", "")
write("blank.json", "  \n\n")
write("truncated-object.json", text[: len(text) // 2 - 7])
i = text.index('"Two governments'); write("truncated-string.json", text[: i + 8])
sub("trailing-comma-object.json", '"precision": "city"\n    }', '"precision": "city",\n    }')
sub("trailing-comma-array.json", '"river-town"\n      ]', '"river-town",\n      ]')
write("single-quotes.json", "{'format': 'tumen-dataset'}\n")
sub("unquoted-key.json", '"title": "Broken', 'title: "Broken')
sub("missing-colon.json", '"version": 1', '"version" 1')
sub("missing-comma.json", '"version": 1,', '"version": 1')
sub("bare-word.json", '"inferred"' if '"inferred"' in text else '"status": "open"', '"status": open')
sub("leading-zero-number.json", '"lat": 42.96', '"lat": 042.96')
sub("nan-number.json", '"lat": 42.96', '"lat": NaN')
write("comment.json", "// a teacher's note\n" + text)
write("extra-data.json", text + "{}\n")
sub("newline-in-string.json", '"Two governments agree."', '"Two governments\nagree."')
sub("bad-escape.json", '"Two governments agree."', '"Two governments \\q agree."')
sub("lone-surrogate.json", '"Two governments agree."', '"Two governments \\ud800 agree."')
write("invalid-utf8-latin1.json", text.replace("An agreement", "An agr\u00e9ement").encode("latin-1"))
write("utf16.json", text.encode("utf-16"))
write("nul-byte.json", text.replace('"An agreement"', '"An agree\u0000ment"').encode())
write("binary-junk.bin", bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(range(256)) * 4)
write("deep-nesting.json", '{"format": ' + "[" * 5000 + "]" * 5000 + "}\n")
write("top-level-array.json", "[" + text + "]\n")
sub("huge-number.json", '"lat": 42.96', '"lat": 1e999')
write("windows-1252-quotes.json", text.replace("An agreement", "An \u201cagreement\u201d").encode("cp1252"))
# structure and types
mutate("missing-format.json", lambda d: d.pop("format"))
mutate("wrong-format-marker.json", lambda d: d.update(format="timeline"))
mutate("future-version.json", lambda d: d.update(version=2))
mutate("missing-title.json", lambda d: d.pop("title"))
mutate("title-number.json", lambda d: d.update(title=42))
mutate("events-object.json", lambda d: d.update(events={"agreement": d["events"][0]}))
mutate("missing-events.json", lambda d: d.pop("events"))
mutate("event-not-object.json", lambda d: d["events"].__setitem__(0, "agreement"))
mutate("missing-event-date.json", lambda d: d["events"][0].pop("date"))
mutate("date-as-string.json", lambda d: d["events"][0].update(date="1986"))
mutate("date-as-number.json", lambda d: d["events"][0]["date"].update(start=1986))
mutate("missing-event-sources.json", lambda d: d["events"][0].pop("sources"))
mutate("stage-number-string.json", lambda d: d["routes"][0]["stages"][0].update(number="1"))
mutate("stage-number-fraction.json", lambda d: d["routes"][0]["stages"][0].update(number=1.5))
mutate("lat-string.json", lambda d: d["places"][0].update(lat="42.96"))
mutate("inferred-string.json", lambda d: d["events"][0]["date"].update(inferred="yes"))
mutate("unknown-place-kind.json", lambda d: d["places"][0].update(kind="town"))
mutate("unknown-route-status.json", lambda d: d["routes"][0].update(status="shut"))
mutate("missing-place-coordinates.json", lambda d: (d["places"][0].pop("lat"), d["places"][0].pop("lon")))
sub("duplicate-key.json", '"title": "An agreement",', '"title": "An agreement",\n      "title": "Another",')
mutate("lesson-step-both.json", lambda d: d["lessons"][0]["steps"][0].update(route="southern"))
mutate("lesson-step-empty.json", lambda d: d["lessons"][0]["steps"].__setitem__(0, {}))
mutate("places-null.json", lambda d: d.update(places=None))
# dates
mutate("month-13.json", lambda d: d["events"][0]["date"].update(start="1986-13"))
mutate("month-zero.json", lambda d: d["events"][0]["date"].update(start="1986-00"))
mutate("february-30.json", lambda d: d["events"][0]["date"].update(start="2001-02-30"))
mutate("february-29-not-leap.json", lambda d: d["events"][0]["date"].update(start="2019-02-29"))
mutate("day-32.json", lambda d: d["events"][0]["date"].update(start="2018-10-32"))
mutate("date-slashes.json", lambda d: d["events"][0]["date"].update(start="2018/10/05"))
mutate("date-one-digit-month.json", lambda d: d["events"][0]["date"].update(start="2018-1"))
mutate("date-words.json", lambda d: d["events"][0]["date"].update(start="last year"))
mutate("end-before-start.json", lambda d: d["events"][1]["date"].update(end="2001"))
# references
mutate("dangling-place.json", lambda d: d["events"][0].update(places=["tumen-city"]))
mutate("dangling-category.json", lambda d: d["events"][0].update(category="politics"))
mutate("dangling-source.json", lambda d: d["events"][0]["sources"][0].update(source="cnn-2019"))
mutate("dangling-claim-source.json", lambda d: d["events"][1]["contested"]["claims"][1]["source"].update(source="bbc"))
mutate("dangling-stage-place.json", lambda d: d["routes"][0]["stages"][1].update(place="seoul"))
mutate("dangling-stage-event.json", lambda d: d["routes"][0]["stages"][1].update(event="landing"))
mutate("dangling-lesson-event.json", lambda d: d["lessons"][0]["steps"][0].update(event="treaty"))
mutate("dangling-lesson-route.json", lambda d: d["lessons"][0]["steps"][1].update(route="northern"))
mutate("dangling-lesson-stage.json", lambda d: d["lessons"][0]["steps"][1].update(stage="desert"))
# ids
mutate("duplicate-event-id.json", lambda d: d["events"][2].update(id="agreement"))
mutate("duplicate-place-id.json", lambda d: d["places"][1].update(id="river-town"))
mutate("duplicate-source-id.json", lambda d: d["sources"][1].update(id="report"))
mutate("duplicate-stage-id.json", lambda d: d["routes"][0]["stages"][1].update(id="bank"))
mutate("id-with-spaces.json", lambda d: d["categories"][0].update(id="Policy Lane"))
mutate("empty-id.json", lambda d: d["sources"][0].update(id=""))
# values
mutate("empty-title.json", lambda d: d["events"][0].update(title=""))
mutate("blank-summary.json", lambda d: d["events"][0].update(summary="   "))
mutate("empty-passage.json", lambda d: d["events"][0]["sources"][0].update(passage=""))
mutate("latitude-95.json", lambda d: d["places"][0].update(lat=95))
mutate("longitude-minus-200.json", lambda d: d["places"][1].update(lon=-200.5))
mutate("importance-4.json", lambda d: d["places"][0].update(importance=4))
mutate("stages-out-of-order.json", lambda d: (d["routes"][0]["stages"][0].update(number=3)))
mutate("stages-repeated-number.json", lambda d: (d["routes"][0]["stages"][1].update(number=1)))
mutate("stages-start-at-zero.json", lambda d: (d["routes"][0]["stages"][0].update(number=0)))
mutate("route-without-stages.json", lambda d: d["routes"][0].update(stages=[]))
mutate("contested-one-claim.json", lambda d: d["events"][1]["contested"]["claims"].pop())
mutate("lesson-without-steps.json", lambda d: d["lessons"][0].update(steps=[]))
# terminal injection through text
mutate("escape-title.json", lambda d: d["events"][0].update(title="An agreement\u001b]0;pwned\u0007"))
mutate("clear-screen-summary.json", lambda d: d["events"][0].update(summary="\u001b[2JTwo governments agree."))
mutate("bidi-override.json", lambda d: d["places"][0].update(name="River \u202eTown"))
mutate("c1-control.json", lambda d: d["sources"][0].update(title="A report\u009b31m"))
mutate("newline-in-title.json", lambda d: d["events"][0].update(title="An\nagreement"))
mutate("tab-in-name.json", lambda d: d["categories"][0].update(name="Pol\ticy"))
write("too-many-problems.json", json.dumps(dict(base, events=[{}] * 1500)))
# huge strings
mutate("huge-string.json", lambda d: d["events"][0].update(places=["x" * 300000]))
os.makedirs(os.path.join(out, "directory.json"), exist_ok=True)
open(os.path.join(out, "directory.json", ".gitkeep"), "w").close()
