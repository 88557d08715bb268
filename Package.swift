// swift-tools-version:6.1
import PackageDescription

// Layering (see docs/ARCHITECTURE.md): TumenData → TumenModel → TumenRender → TumenTerminal
// → TumenApp. TumenData is the dataset and its formats; TumenModel the explorer's state and
// actions; TumenRender draws state into a cell buffer; TumenTerminal is the only code that
// touches ncurses; TumenApp holds the commands; `tumen` is a thin main. Beside them:
// TumenFiles (the only file and environment access of the data), TumenServe (the SSH
// classroom server) and the C targets.
let package = Package(
    name: "Tumen",
    products: [
        .executable(name: "tumen", targets: ["tumen"]),
        // `tumen serve` runs it: the SSH stack stays out of the explorer's binary.
        .executable(name: "tumen-serve", targets: ["tumen-serve"]),
        // Benchmarks (docs/PERFORMANCE.md): figures, not tests.
        .executable(name: "tumen-bench", targets: ["TumenBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `tumen serve`: the SSH server (docs/ARCHITECTURE.md, "Serving a class").
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal-restore state and signal handlers: one copy in the program, in C.
        .target(name: "CTerminalState"),
        // The data: dataset types, loading and validation, import, export, the basemap and
        // route geometry. Pure: no file or environment access (that is TumenFiles').
        .target(name: "TumenData"),
        // The one place the data meets the disk and the environment: the bundled dataset's
        // whereabouts, reading dataset files, finding the basemap.
        .target(name: "TumenFiles", dependencies: ["TumenData"]),
        // The explorer, the map, the presenter, the classroom and scripting: state and actions.
        .target(name: "TumenModel", dependencies: ["TumenData"]),
        .target(name: "TumenRender", dependencies: ["TumenData", "TumenModel"]),
        .target(
            name: "TumenTerminal",
            dependencies: ["CNcursesw", "CTerminalState", "TumenData", "TumenModel", "TumenRender"]),
        // The SSH classroom server: connections, limits and the host key; screens come
        // from TumenRender, keys go through TumenModel's tables.
        .target(
            name: "TumenServe",
            dependencies: [
                "TumenData", "TumenModel", "TumenRender",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "TumenApp",
            dependencies: [
                "TumenBuiltIn", "TumenData", "TumenFiles", "TumenModel", "TumenRender", "TumenTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tumen", dependencies: ["TumenApp"]),
        // `tumen serve`'s program: the command's work (TumenServeApp) over the server (TumenServe).
        .target(
            name: "TumenServeApp",
            dependencies: [
                "TumenApp", "TumenData", "TumenFiles", "TumenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tumen-serve", dependencies: ["TumenApp", "TumenServeApp"]),
        .executableTarget(name: "TumenBench", dependencies: ["TumenData", "TumenFiles", "TumenModel", "TumenRender"]),
        // The bundled dataset, already decoded: generated Swift source (scripts/embed-data.sh
        // runs TumenEmbed), so a start with no file given neither parses nor checks it.
        .target(name: "TumenBuiltIn", dependencies: ["TumenData"]),
        .executableTarget(name: "TumenEmbed", dependencies: ["TumenData", "TumenFiles"]),
        // A fixed, fictional dataset shared by the test targets (never shipped).
        .target(name: "TumenFixtures", dependencies: ["TumenData"], path: "Tests/TumenFixtures"),
        // The one golden comparer (screens as text plus a style layer), shared by the test targets.
        .target(
            name: "TumenTestSupport", dependencies: ["TumenData", "TumenFiles", "TumenRender"],
            path: "Tests/TumenTestSupport"),
        .testTarget(
            name: "TumenDataTests",
            dependencies: ["TumenBuiltIn", "TumenData", "TumenFiles", "TumenFixtures", "TumenTestSupport"]),
        .testTarget(
            name: "TumenModelTests",
            dependencies: ["TumenData", "TumenFiles", "TumenModel", "TumenFixtures", "TumenTestSupport"]),
        // Goldens are read from the source tree by path (and rewritten there), not bundled.
        .testTarget(
            name: "TumenRenderTests",
            dependencies: [
                "TumenData", "TumenFiles", "TumenModel", "TumenRender", "TumenFixtures", "TumenTestSupport",
            ],
            exclude: ["Goldens"]),
        .testTarget(
            name: "TumenAppTests",
            dependencies: [
                "TumenApp", "TumenData", "TumenFiles", "TumenModel", "TumenRender", "TumenTerminal",
                "TumenFixtures", "TumenTestSupport",
            ]),
        .testTarget(
            name: "TumenServeTests",
            dependencies: [
                "TumenServe", "TumenData", "TumenModel", "TumenRender", "TumenFixtures",
                .product(name: "NIOEmbedded", package: "swift-nio"), .product(name: "NIOSSH", package: "swift-nio-ssh"),
            ]),
    ]
)
