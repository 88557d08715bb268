import ArgumentParser
import TumenData

/// The lesson a command presents or serves, as steps: or exit 64 naming the lessons there
/// are (the dataset is fine; the name on the command line is not).
package enum LessonDeck {
    package static func load(_ loaded: LoadedDataset, lesson: String?) throws -> PresenterDeck {
        do {
            return try PresenterDeck(dataset: loaded.dataset, lesson: lesson)
        } catch {
            DataOptions.printError("tumen: \(loaded.path): \(error)")
            throw ExitCode(64)
        }
    }
}
