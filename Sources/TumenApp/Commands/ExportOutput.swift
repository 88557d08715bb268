import ArgumentParser
import TumenData
import TumenModel

/// `tumen export --format`: one of the model's dataset formats (ExportFormat), or `html`,
/// a lesson's handout with its maps, which TumenRender writes because it draws them.
/// A wrapper rather than a new ExportFormat case, so the model's formats stay pure text
/// writers and a format added there is offered here without a change.
struct ExportOutput: ExpressibleByArgument, Equatable {
    /// nil for html.
    var data: ExportFormat?

    static let html = ExportOutput(data: nil)

    init(data: ExportFormat?) {
        self.data = data
    }

    init?(argument: String) {
        if argument == "html" {
            self = .html
            return
        }
        guard let format = ExportFormat(rawValue: argument) else { return nil }
        data = format
    }

    static var allValueStrings: [String] { ExportFormat.allCases.map(\.rawValue) + ["html"] }

    var defaultValueDescription: String { data?.rawValue ?? "html" }

    static func == (lhs: ExportOutput, rhs: ExportFormat) -> Bool { lhs.data == rhs }
    static func != (lhs: ExportOutput, rhs: ExportFormat) -> Bool { lhs.data != rhs }
}
