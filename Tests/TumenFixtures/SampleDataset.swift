import TumenData

/// A small, fixed, deliberately fictional dataset for unit and golden tests.
///
/// Tests use this instead of data/tumen.json so that editing the bundled data never
/// breaks a rendering test. It exercises what views must cope with: periods (spans),
/// same-day events, a contested figure, wide (CJK/Hangul) names, an inferred date,
/// several categories, an open and a closed route, and a lesson.
public enum SampleDataset {
    public static let dataset = Dataset(
        title: "Sample timeline",
        description: "A fictional dataset used by Tumen's tests.",
        contentNote: "This sample covers fictional events. It is used only by tests.",
        categories: [
            Category(id: "policy", name: "Policy", description: "Laws and agreements"),
            Category(id: "border", name: "Border", description: "Crossings and security"),
            Category(id: "route", name: "Route", description: "Stages of a journey"),
            Category(id: "statistic", name: "Statistic", description: "Counts and shares"),
        ],
        sources: [
            Source(id: "report", file: "report.txt", title: "A sample report", publisher: "Sample Press", date: "2019"),
            Source(id: "article", file: "article.txt", title: "A sample article", author: "A. Writer", date: "2020-03"),
        ],
        places: [
            Place(
                id: "north-bank", name: "North Bank", localName: "북쪽", kind: .river,
                latitude: 42.9, longitude: 129.9, precision: .approximate, importance: 2),
            Place(
                id: "river-town", name: "River Town", localName: "江城", kind: .city,
                latitude: 42.95, longitude: 129.8, precision: .city, importance: 3),
            Place(
                id: "hill-city", name: "Hill City", kind: .city,
                latitude: 42.9, longitude: 129.5, precision: .city, importance: 2),
            Place(
                id: "south-city", name: "South City", kind: .city,
                latitude: 25.0, longitude: 102.7, precision: .city, importance: 3),
            Place(
                id: "pass", name: "Mountain pass", kind: .crossing,
                latitude: 22.0, longitude: 101.5, precision: .illustrative, importance: 1,
                note: "Schematic position: the sources do not say where."),
            Place(
                id: "capital", name: "Capital", kind: .city,
                latitude: 37.57, longitude: 126.98, precision: .city, importance: 3),
            Place(
                id: "desert", name: "Desert crossing", kind: .region,
                latitude: 43.5, longitude: 111.0, precision: .approximate, importance: 1),
        ],
        events: [
            Event(
                id: "treaty", date: EventDate(start: HistoricDate(year: 1951)),
                title: "A convention is signed",
                summary: "A fictional convention defines who counts as a refugee.",
                category: "policy", places: [],
                sources: [SourceReference(source: "report", passage: "section 'Law', paragraph 1")]),
            Event(
                id: "agreement", date: EventDate(start: HistoricDate(year: 1986)),
                title: "Two governments agree to return crossers",
                summary: "People caught crossing the river are to be sent back.",
                category: "policy", places: ["north-bank"],
                sources: [SourceReference(source: "report", passage: "section 'Law', paragraph 3")]),
            Event(
                id: "hunger", date: EventDate(start: HistoricDate(year: 1996), end: HistoricDate(year: 1999)),
                title: "Years of hunger",
                summary: "A long food shortage drives many people across the river in search of food and work.",
                category: "border", places: ["north-bank", "river-town"],
                sources: [SourceReference(source: "report", passage: "paragraph 5")]),
            Event(
                id: "open-years", date: EventDate(start: HistoricDate(year: 1998), end: HistoricDate(year: 2008)),
                title: "Years of engagement",
                summary: "A period of warmer relations between the two neighbours.",
                category: "policy",
                sources: [SourceReference(source: "article", passage: "paragraph 2")]),
            Event(
                id: "desert-closes", date: EventDate(start: HistoricDate(year: 2010)),
                title: "The desert route closes",
                summary: "Crossing the desert to the north stops being possible.",
                category: "border", places: ["desert"],
                sources: [SourceReference(source: "article", passage: "paragraph 4")]),
            Event(
                id: "fences", date: EventDate(start: HistoricDate(year: 2011)),
                title: "Fences and cameras along the river",
                summary: "Security along the river is tightened with fences, cameras and patrols.",
                category: "border", places: ["north-bank"],
                sources: [SourceReference(source: "report", passage: "paragraph 6")]),
            Event(
                id: "share", date: EventDate(start: HistoricDate(year: 2019)),
                title: "How many were trafficked",
                summary: "Estimates of the share of women trafficked differ between the sources.",
                category: "statistic",
                sources: [
                    SourceReference(source: "report", passage: "paragraph 8"),
                    SourceReference(source: "article", passage: "paragraph 9"),
                ],
                contested: ContestedFigure(
                    question: "Share of women trafficked",
                    claims: [
                        .init(
                            figure: "60 percent", context: "of women who crossed",
                            source: SourceReference(source: "report", passage: "paragraph 8")),
                        .init(
                            figure: "80 percent", context: "estimate by a charity",
                            source: SourceReference(source: "article", passage: "paragraph 9")),
                    ])),
            Event(
                id: "crossing",
                date: EventDate(
                    start: HistoricDate(year: 2018, month: 10), inferred: true, note: "The article says 'last year'."),
                title: "Across the river at night",
                summary: "A woman crosses the frozen river and is met on the far bank.",
                category: "route", places: ["north-bank", "river-town"],
                sources: [SourceReference(source: "article", passage: "paragraph 10")]),
            Event(
                id: "south", date: EventDate(start: HistoricDate(year: 2018, month: 10)),
                title: "By train to South City",
                summary: "A long train journey south, travelling with false papers.",
                category: "route", places: ["south-city"],
                sources: [SourceReference(source: "article", passage: "paragraph 11")]),
            Event(
                id: "arrival", date: EventDate(start: HistoricDate(year: 2018, month: 11, day: 20)),
                title: "Arrival in the capital",
                summary: "After weeks on the road she lands in the capital.",
                category: "route", places: ["capital"],
                sources: [SourceReference(source: "article", passage: "paragraph 14")]),
        ],
        routes: [
            Route(
                id: "southern", name: "The southern route", status: .open, period: "2018",
                description: "From the river to the capital.",
                stages: [
                    RouteStage(
                        id: "bank", number: 1, place: "north-bank", title: "The river bank",
                        description: "Waiting for the right night to cross.", travel: "on foot", event: "crossing"),
                    RouteStage(
                        id: "town", number: 2, place: "river-town", title: "River Town",
                        description: "A first safe house.", travel: "on foot", duration: "one night"),
                    RouteStage(
                        id: "hills", number: 3, place: "hill-city", title: "Hill City",
                        description: "A car to the city.", travel: "by car", distance: "50 km"),
                    RouteStage(
                        id: "south", number: 4, place: "south-city", title: "South City",
                        description: "Days on trains.", travel: "by train", duration: "three days", event: "south"),
                    RouteStage(
                        id: "pass", number: 5, place: "pass", title: "Over the mountains",
                        description: "Walking over the mountains at night.", travel: "on foot"),
                    RouteStage(
                        id: "capital", number: 6, place: "capital", title: "The capital",
                        description: "Arrival.", travel: "by plane", event: "arrival"),
                ]),
            Route(
                id: "desert", name: "The desert route", status: .closed, period: "until 2010",
                stages: [
                    RouteStage(
                        id: "d-town", number: 1, place: "river-town", title: "River Town", description: "Start."),
                    RouteStage(
                        id: "d-desert", number: 2, place: "desert", title: "Desert crossing",
                        description: "Across the desert to the north.", event: "desert-closes"),
                ]),
        ],
        lessons: [
            Lesson(
                id: "journey", title: "The journey", description: "Stage by stage.",
                steps: [
                    LessonStep(
                        target: .stage(route: "southern", stage: "bank"), notes: "Start at the river.",
                        question: "Why wait for winter?"),
                    LessonStep(target: .event("fences"), notes: "Then the fences."),
                    LessonStep(target: .stage(route: "southern", stage: "capital"), notes: "The end of the road."),
                ])
        ],
        eras: [
            Era(
                title: "Before the fences",
                date: EventDate(start: HistoricDate(year: 1986), end: HistoricDate(year: 2011)))
        ]
    )
}
