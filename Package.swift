// swift-tools-version:6.1
import PackageDescription

// Layering (see docs/ARCHITECTURE.md): TumenModel is pure data + state + actions;
// TumenRender draws state into a cell buffer; TumenTerminal is the only code that
// touches ncurses; TumenApp holds the command-line commands; `tumen` is a thin main.
let package = Package(
    name: "Tumen",
    products: [
        .executable(name: "tumen", targets: ["tumen"]),
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
        .target(name: "TumenModel"),
        .target(name: "TumenRender", dependencies: ["TumenModel"]),
        .target(name: "TumenTerminal", dependencies: ["CNcursesw", "CTerminalState", "TumenModel", "TumenRender"]),
        // The SSH classroom server: connections, limits and the host key; screens come
        // from TumenRender, keys go through TumenModel's tables.
        .target(
            name: "TumenServe",
            dependencies: [
                "TumenModel", "TumenRender",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "TumenApp",
            dependencies: [
                "TumenModel", "TumenRender", "TumenTerminal", "TumenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tumen", dependencies: ["TumenApp"]),
        .executableTarget(name: "TumenBench", dependencies: ["TumenModel", "TumenRender"]),
        // A fixed, fictional dataset shared by the test targets (never shipped).
        .target(name: "TumenFixtures", dependencies: ["TumenModel"], path: "Tests/TumenFixtures"),
        // The one golden comparer (screens as text plus a style layer), shared by the test targets.
        .target(name: "TumenTestSupport", dependencies: ["TumenRender"], path: "Tests/TumenTestSupport"),
        .testTarget(name: "TumenModelTests", dependencies: ["TumenModel", "TumenFixtures", "TumenTestSupport"]),
        // Goldens are read from the source tree by path (and rewritten there), not bundled.
        .testTarget(name: "TumenRenderTests",
                    dependencies: ["TumenModel", "TumenRender", "TumenFixtures", "TumenTestSupport"],
                    exclude: ["Goldens"]),
        .testTarget(name: "TumenAppTests",
                    dependencies: ["TumenApp", "TumenModel", "TumenRender", "TumenTerminal", "TumenFixtures",
                                   "TumenTestSupport"]),
        .testTarget(name: "TumenServeTests", dependencies: [
            "TumenServe", "TumenModel", "TumenRender", "TumenFixtures",
            .product(name: "NIOEmbedded", package: "swift-nio"), .product(name: "NIOSSH", package: "swift-nio-ssh"),
        ]),
    ]
)
