import ArgumentParser
import TumenRender

/// How screens look: character set and colour theme. Shared by the explorer,
/// `render` and `present`, so the same flags mean the same thing everywhere.
public struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Draw with plain ASCII only (no box drawing or symbols).")
    public var ascii = false

    @Flag(name: .long, help: "Draw with Unicode box drawing and symbols even if the locale is not UTF-8.")
    public var unicode = false

    @Option(name: .long, help: "Colour theme: \(Theme.names.joined(separator: ", ")).")
    public var theme: String?

    public init() {}

    public func validate() throws {
        if ascii && unicode {
            throw ValidationError("--ascii and --unicode cannot be used together.")
        }
        if let theme, Theme.named(theme, unicode: false) == nil {
            throw ValidationError("Unknown theme '\(theme)'. Choose one of: \(Theme.names.joined(separator: ", ")).")
        }
    }

    /// The theme for an interactive terminal: Unicode when the locale is UTF-8 (unless
    /// --ascii), and monochrome when NO_COLOR is set and no theme was asked for.
    public func interactiveTheme(localeIsUTF8: Bool, environment: [String: String]) -> Theme {
        Self.interactiveTheme(
            ascii: ascii, unicode: unicode, theme: theme, localeIsUTF8: localeIsUTF8, environment: environment)
    }

    /// The same from plain values (`ExploreRequest`).
    static func interactiveTheme(
        ascii: Bool, unicode: Bool, theme: String?, localeIsUTF8: Bool, environment: [String: String]
    ) -> Theme {
        let useUnicode = unicode || (!ascii && localeIsUTF8)
        if let theme { return Theme.named(theme, unicode: useUnicode) ?? .dark(unicode: useUnicode) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono(unicode: useUnicode) }
        return .dark(unicode: useUnicode)
    }

    /// The theme for headless output: it must not depend on the environment, so the
    /// same flags always give the same bytes. ASCII unless --unicode.
    public var deterministicTheme: Theme {
        Theme.named(theme ?? "dark", unicode: unicode) ?? .dark(unicode: unicode)
    }
}
