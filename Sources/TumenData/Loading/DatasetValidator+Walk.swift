extension DatasetValidator.Checker {
    /// Walks the whole dataset once, in file order, so problems come out in the
    /// order a reader meets them.
    mutating func run(_ dataset: Dataset) {
        let root = FieldPath.root
        text(dataset.title, root["title"])
        text(dataset.description, root["description"])
        text(dataset.contentNote, root["contentNote"])

        // Ids met so far, with their element's index (a path is built only for a message).
        var categories: [String: Int] = [:]
        for (index, category) in dataset.categories.enumerated() {
            let path = root["categories"][index]
            identifier(
                category.id, index, pathOf: { root["categories"][$0]["id"] }, seen: &categories, kind: "category")
            text(category.name, path["name"])
            text(category.description, path["description"])
        }

        var sources: [String: Int] = [:]
        for (index, source) in dataset.sources.enumerated() {
            let path = root["sources"][index]
            identifier(source.id, index, pathOf: { root["sources"][$0]["id"] }, seen: &sources, kind: "source")
            for (key, value) in [
                ("file", source.file), ("url", source.url), ("title", source.title),
                ("publisher", source.publisher), ("author", source.author),
                ("date", source.date), ("note", source.note),
            ] {
                text(value, path[key])
            }
        }

        var places: [String: Int] = [:]
        for (index, place) in dataset.places.enumerated() {
            let path = root["places"][index]
            identifier(place.id, index, pathOf: { root["places"][$0]["id"] }, seen: &places, kind: "place")
            text(place.name, path["name"])
            text(place.localName, path["localName"])
            text(place.note, path["note"])
            if !(-90...90).contains(place.latitude) {
                report(path["lat"], "latitude \(place.latitude) is outside -90…90")
            }
            if !(-180...180).contains(place.longitude) {
                report(path["lon"], "longitude \(place.longitude) is outside -180…180")
            }
            if !(1...3).contains(place.importance) {
                report(path["importance"], "importance \(place.importance) is not 1, 2 or 3")
            }
            for (countryIndex, code) in place.countries.enumerated() where !Self.isCountryCode(code) {
                report(
                    path["countries"][countryIndex],
                    "\(Self.quoted(code)) is not a three-letter country code such as \"CHN\"")
            }
        }

        // Events are collected first so routes and lessons can point at them.
        var events: [String: Int] = [:]
        events.reserveCapacity(dataset.events.count)
        // Events are read in place, not copied out of the array: a copy retains every
        // string an event holds, which for 100,000 events cost more than the checks.
        dataset.events.withUnsafeBufferPointer { all in
            for index in all.indices {
                identifier(all[index].id, index, pathOf: { root["events"][$0]["id"] }, seen: &events, kind: "event")
            }
            for index in all.indices {
                checkEvent(all[index], root["events"][index], categories: categories, places: places, sources: sources)
            }
        }

        var routes: [String: Int] = [:]
        var stagesByRoute: [String: [String: Int]] = [:]
        for (index, route) in dataset.routes.enumerated() {
            let path = root["routes"][index]
            identifier(route.id, index, pathOf: { root["routes"][$0]["id"] }, seen: &routes, kind: "route")
            text(route.name, path["name"])
            text(route.period, path["period"])
            text(route.description, path["description"])
            self.sources(route.sources, path["sources"], known: sources)
            var stages: [String: Int] = [:]
            var previous: (number: Int, path: FieldPath)?
            for (stageIndex, stage) in route.stages.enumerated() {
                let stagePath = path["stages"][stageIndex]
                identifier(stage.id, stageIndex, pathOf: { path["stages"][$0]["id"] }, seen: &stages, kind: "stage")
                if !isInvalid(stagePath["number"]) {
                    if let previous, stage.number <= previous.number {
                        report(
                            stagePath["number"],
                            "stage number \(stage.number) does not follow \(previous.number): numbers must "
                                + "increase along the route"
                        )
                    } else if previous == nil, stage.number < 1 {
                        report(stagePath["number"], "stage numbers start at 1, found \(stage.number)")
                    }
                    previous = (stage.number, stagePath)
                }
                text(stage.place, stagePath["place"])
                if !stage.place.isEmpty { resolve(stage.place, stagePath["place"], in: places, kind: "place") }
                for (key, value) in [
                    ("title", stage.title), ("description", stage.description), ("travel", stage.travel),
                    ("duration", stage.duration), ("distance", stage.distance), ("event", stage.event),
                ] {
                    text(value, stagePath[key])
                }
                if let event = stage.event, !event.isEmpty {
                    resolve(event, stagePath["event"], in: events, kind: "event")
                }
                self.sources(stage.sources, stagePath["sources"], known: sources)
                for (claimIndex, claim) in stage.travelModes.enumerated() {
                    if let source = claim.source {
                        sourceReference(source, stagePath["travelModes"][claimIndex]["source"], known: sources)
                    }
                }
            }
            if route.stages.isEmpty { report(path["stages"], "a route needs at least one stage") }
            if !route.id.isEmpty { stagesByRoute[route.id] = stages }
        }

        var lessons: [String: Int] = [:]
        for (index, lesson) in dataset.lessons.enumerated() {
            let path = root["lessons"][index]
            identifier(lesson.id, index, pathOf: { root["lessons"][$0]["id"] }, seen: &lessons, kind: "lesson")
            text(lesson.title, path["title"])
            text(lesson.description, path["description"])
            if lesson.steps.isEmpty { report(path["steps"], "a lesson needs at least one step") }
            for (stepIndex, step) in lesson.steps.enumerated() {
                let stepPath = path["steps"][stepIndex]
                switch step.target {
                case .event(let id):
                    text(id, stepPath["event"])
                    if !id.isEmpty { resolve(id, stepPath["event"], in: events, kind: "event") }
                case .stage(let route, let stage):
                    text(route, stepPath["route"])
                    text(stage, stepPath["stage"])
                    if let stages = stagesByRoute[route] {
                        if !stage.isEmpty, stages[stage] == nil {
                            report(
                                stepPath["stage"], "unknown stage \(Self.quoted(stage)) in route \(Self.quoted(route))")
                        }
                    } else if !route.isEmpty {
                        resolve(route, stepPath["route"], in: routes, kind: "route")
                    }
                }
                text(step.notes, stepPath["notes"])
                text(step.question, stepPath["question"])
            }
        }

        for (index, era) in dataset.eras.enumerated() {
            text(era.title, root["eras"][index]["title"])
            date(era.date, root["eras"][index]["date"])
        }
    }

    /// `path` is built only if the event has a problem: most of a big file's events have none.
    mutating func checkEvent(
        _ event: Event, _ path: @autoclosure () -> FieldPath, categories: [String: Int],
        places: [String: Int], sources: [String: Int]
    ) {
        text(event.title, path()["title"])
        text(event.summary, path()["summary"])
        date(event.date, path()["date"])
        text(event.category, path()["category"])
        if !event.category.isEmpty { resolve(event.category, path()["category"], in: categories, kind: "category") }
        for (index, place) in event.places.enumerated() {
            text(place, path()["places"][index])
            if !place.isEmpty { resolve(place, path()["places"][index], in: places, kind: "place") }
        }
        self.sources(event.sources, path()["sources"], known: sources)
        if let contested = event.contested {
            let contestedPath = path()["contested"]
            text(contested.question, contestedPath["question"])
            if contested.claims.count < 2 {
                report(
                    contestedPath["claims"],
                    "a contested figure needs at least two claims, found \(contested.claims.count)")
            }
            for (index, claim) in contested.claims.enumerated() {
                let claimPath = contestedPath["claims"][index]
                text(claim.figure, claimPath["figure"])
                text(claim.context, claimPath["context"])
                sourceReference(claim.source, claimPath["source"], known: sources)
            }
        }
        for (index, media) in event.media.enumerated() {
            text(media.url, path()["media"][index]["url"])
            text(media.caption, path()["media"][index]["caption"])
            text(media.credit, path()["media"][index]["credit"])
            text(media.alt, path()["media"][index]["alt"])
            text(media.link, path()["media"][index]["link"])
        }
        for (index, link) in event.links.enumerated() {
            text(link, path()["links"][index])
        }
    }

    /// Natural Earth's ADM0_A3 codes: three capital letters ("PRK", "CHN").
    static func isCountryCode(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (65...90).contains($0) }
    }
}
