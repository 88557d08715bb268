// swift-tools-version:6.1
import PackageDescription

// Layering (see docs/ARCHITECTURE.md): TumenModel is pure data + state + actions;
// TumenRender draws state into a cell buffer; TumenTerminal is the only code that
// touches ncurses; TumenApp holds the command-line commands; `tumen` is a thin main.
let package = Package(
    name: "Tumen",
    products: [
        .executable(name: "tumen", targets: ["tumen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TumenModel"),
        .target(name: "TumenRender", dependencies: ["TumenModel"]),
        .target(name: "TumenTerminal", dependencies: ["CNcursesw", "TumenModel", "TumenRender"]),
        .target(
            name: "TumenApp",
            dependencies: [
                "TumenModel", "TumenRender", "TumenTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tumen", dependencies: ["TumenApp"]),
        .testTarget(name: "TumenModelTests", dependencies: ["TumenModel"]),
        .testTarget(name: "TumenRenderTests", dependencies: ["TumenModel", "TumenRender"]),
        .testTarget(name: "TumenAppTests", dependencies: ["TumenApp", "TumenModel", "TumenRender"]),
    ]
)
