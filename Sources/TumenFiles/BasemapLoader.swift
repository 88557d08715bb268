import FoundationEssentials
import Glibc
import TumenData

public enum BasemapLoader {
    public static let relativePath = "data/basemap/basemap.bin"

    public static func load(path: String) -> BasemapLoad { load(candidates: [path]) }

    /// Where `BasemapLoad.path` says the built-in copy came from.
    public static let embeddedPath = "built in (data/basemap/basemap.bin)"

    /// The override alone when set; otherwise a basemap file found on disk, else the
    /// copy built into the binary (scripts/embed-data.sh), so a map is always drawn.
    public static func loadStandard(environment: [String: String] = ProcessInfo.processInfo.environment) -> BasemapLoad
    {
        let candidates = standardCandidates(environment: environment)
        if let override = environment["TUMEN_BASEMAP"], !override.isEmpty { return load(candidates: [override]) }
        if candidates.contains(where: PathText.exists) {
            return load(candidates: candidates)
        }
        return BasemapLoad.builtIn
    }

    /// The basemap built into the binary.
    public static func loadEmbedded() -> BasemapLoad {
        let start = Date()
        do {
            let basemap = try BasemapDecoder.decode(EmbeddedFiles.basemap)
            return BasemapLoad(
                basemap: basemap, path: embeddedPath, notice: nil,
                milliseconds: Date().timeIntervalSince(start) * 1000)
        } catch {
            return BasemapLoad(
                basemap: nil, path: embeddedPath,
                notice: "The built-in basemap is damaged (\(error.description)): coastlines and borders not drawn")
        }
    }

    /// Reads the first candidate that exists.
    public static func load(candidates: [String]) -> BasemapLoad {
        guard let path = candidates.first(where: PathText.exists) else {
            return BasemapLoad(
                basemap: nil, path: candidates.first,
                notice: "No basemap found (\(relativePath)): coastlines and borders not drawn")
        }
        let start = Date()
        guard let data = FileManager.default.contents(atPath: path) else {
            return BasemapLoad(
                basemap: nil, path: path, notice: "Cannot read basemap \(path): coastlines and borders not drawn")
        }
        do {
            let basemap = try BasemapDecoder.decode([UInt8](data))
            return BasemapLoad(
                basemap: basemap, path: path, notice: nil,
                milliseconds: Date().timeIntervalSince(start) * 1000)
        } catch {
            return BasemapLoad(
                basemap: nil, path: path,
                notice: "Basemap \(path) is damaged (\(error.description)): coastlines and borders not drawn")
        }
    }

    /// $TUMEN_BASEMAP alone when set (so tests and users can point elsewhere, or at
    /// nothing). Otherwise basemap/basemap.bin beside $TUMEN_DATA's file when that is set,
    /// then, like the bundled dataset (BundledData), from the working directory and from the
    /// executable's directory upwards: data/basemap/basemap.bin or share/tumen/basemap/basemap.bin.
    public static func standardCandidates(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = PathText.currentDirectory(),
        executable: String = BundledData.executablePath()
    ) -> [String] {
        if let override = environment["TUMEN_BASEMAP"], !override.isEmpty { return [override] }
        var candidates: [String] = []
        if let data = environment["TUMEN_DATA"], !data.isEmpty {
            candidates.append(PathText.join(PathText.parent(data), "basemap/basemap.bin"))
        }
        return candidates
            + BundledData.upwards(
                finding: [relativePath, "share/tumen/basemap/basemap.bin"],
                currentDirectory: currentDirectory, executable: executable)
    }
}

extension BasemapLoad {
    /// Loaded once, on first use of the map: $TUMEN_BASEMAP when set, else the first of
    /// `BasemapLoader.standardCandidates()` that exists, else the copy built into the binary.
    public static let standard: BasemapLoad = BasemapLoader.loadStandard()

    /// The copy built into the binary, decoded once: `standard` when no file is found, and
    /// what the built-in route geometry was worked out over (so comparing the two is
    /// comparing one value with itself).
    public static let builtIn: BasemapLoad = BasemapLoader.loadEmbedded()
}
