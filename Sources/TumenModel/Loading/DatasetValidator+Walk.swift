extension DatasetValidator.Checker {
    /// Walks the whole dataset once, in file order, so problems come out in the
    /// order a reader meets them.
    mutating func run(_ dataset: Dataset) {
        let root = FieldPath.root
        text(dataset.title, root["title"])
        text(dataset.description, root["description"])
        text(dataset.contentNote, root["contentNote"])

        var categories: [String: FieldPath] = [:]
        for (index, category) in dataset.categories.enumerated() {
            let path = root["categories"][index]
            identifier(category.id, path["id"], seen: &categories, kind: "category")
            text(category.name, path["name"])
            text(category.description, path["description"])
        }

        var sources: [String: FieldPath] = [:]
        for (index, source) in dataset.sources.enumerated() {
            let path = root["sources"][index]
            identifier(source.id, path["id"], seen: &sources, kind: "source")
            for (key, value) in [("file", source.file), ("url", source.url), ("title", source.title),
                                 ("publisher", source.publisher), ("author", source.author),
                                 ("date", source.date), ("note", source.note)] {
                text(value, path[key])
            }
        }

        var places: [String: FieldPath] = [:]
        for (index, place) in dataset.places.enumerated() {
            let path = root["places"][index]
            identifier(place.id, path["id"], seen: &places, kind: "place")
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
        }

        // Events are collected first so routes and lessons can point at them.
        var events: [String: FieldPath] = [:]
        for (index, event) in dataset.events.enumerated() {
            identifier(event.id, root["events"][index]["id"], seen: &events, kind: "event")
        }
        for (index, event) in dataset.events.enumerated() {
            checkEvent(event, root["events"][index], categories: categories, places: places, sources: sources)
        }

        var routes: [String: FieldPath] = [:]
        var stagesByRoute: [String: [String: FieldPath]] = [:]
        for (index, route) in dataset.routes.enumerated() {
            let path = root["routes"][index]
            identifier(route.id, path["id"], seen: &routes, kind: "route")
            text(route.name, path["name"])
            text(route.period, path["period"])
            text(route.description, path["description"])
            self.sources(route.sources, path["sources"], known: sources)
            var stages: [String: FieldPath] = [:]
            var previous: (number: Int, path: FieldPath)?
            for (stageIndex, stage) in route.stages.enumerated() {
                let stagePath = path["stages"][stageIndex]
                identifier(stage.id, stagePath["id"], seen: &stages, kind: "stage")
                if !isInvalid(stagePath["number"]) {
                    if let previous, stage.number <= previous.number {
                        report(stagePath["number"], "stage number \(stage.number) does not follow \(previous.number): numbers must increase along the route")
                    } else if previous == nil, stage.number < 1 {
                        report(stagePath["number"], "stage numbers start at 1, found \(stage.number)")
                    }
                    previous = (stage.number, stagePath)
                }
                text(stage.place, stagePath["place"])
                if !stage.place.isEmpty { resolve(stage.place, stagePath["place"], in: places, kind: "place") }
                for (key, value) in [("title", stage.title), ("description", stage.description), ("travel", stage.travel),
                                     ("duration", stage.duration), ("distance", stage.distance), ("event", stage.event)] {
                    text(value, stagePath[key])
                }
                if let event = stage.event, !event.isEmpty { resolve(event, stagePath["event"], in: events, kind: "event") }
                self.sources(stage.sources, stagePath["sources"], known: sources)
            }
            if route.stages.isEmpty { report(path["stages"], "a route needs at least one stage") }
            if !route.id.isEmpty { stagesByRoute[route.id] = stages }
        }

        var lessons: [String: FieldPath] = [:]
        for (index, lesson) in dataset.lessons.enumerated() {
            let path = root["lessons"][index]
            identifier(lesson.id, path["id"], seen: &lessons, kind: "lesson")
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
                            report(stepPath["stage"], "unknown stage \(Self.quoted(stage)) in route \(Self.quoted(route))")
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

    mutating func checkEvent(_ event: Event, _ path: FieldPath, categories: [String: FieldPath],
                             places: [String: FieldPath], sources: [String: FieldPath]) {
        text(event.title, path["title"])
        text(event.summary, path["summary"])
        date(event.date, path["date"])
        text(event.category, path["category"])
        if !event.category.isEmpty { resolve(event.category, path["category"], in: categories, kind: "category") }
        for (index, place) in event.places.enumerated() {
            text(place, path["places"][index])
            if !place.isEmpty { resolve(place, path["places"][index], in: places, kind: "place") }
        }
        self.sources(event.sources, path["sources"], known: sources)
        if let contested = event.contested {
            let contestedPath = path["contested"]
            text(contested.question, contestedPath["question"])
            if contested.claims.count < 2 {
                report(contestedPath["claims"], "a contested figure needs at least two claims, found \(contested.claims.count)")
            }
            for (index, claim) in contested.claims.enumerated() {
                let claimPath = contestedPath["claims"][index]
                text(claim.figure, claimPath["figure"])
                text(claim.context, claimPath["context"])
                sourceReference(claim.source, claimPath["source"], known: sources)
            }
        }
        for (index, media) in event.media.enumerated() {
            text(media.url, path["media"][index]["url"])
            text(media.caption, path["media"][index]["caption"])
            text(media.credit, path["media"][index]["credit"])
        }
        for (index, link) in event.links.enumerated() {
            text(link, path["links"][index])
        }
    }
}
