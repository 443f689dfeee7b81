// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tuki",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tuki", targets: ["tuki"]),
        .library(name: "TukiEngine", targets: ["TukiEngine"]),
        .library(name: "TukiText", targets: ["TukiText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "TukiEngine",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        .target(name: "CTukiICU", dependencies: ["CICU"]),
        .target(name: "TukiText", dependencies: ["TukiEngine", "CTukiICU"]),
        .target(
            name: "TukiServer",
            dependencies: [
                "TukiEngine", "TukiText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "tuki",
            dependencies: [
                "TukiEngine", "TukiText", "TukiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "tuki-bench", dependencies: ["TukiEngine", "TukiText"], path: "Benchmarks/TukiBench"),
        .testTarget(name: "TukiEngineTests", dependencies: ["TukiEngine"], exclude: ["Fixtures"]),
        .testTarget(name: "TukiTextTests", dependencies: ["TukiText"]),
        .testTarget(name: "tukiTests", dependencies: ["tuki"]),
        .testTarget(
            name: "TukiServerTests",
            dependencies: [
                "TukiServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
