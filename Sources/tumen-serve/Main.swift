import TumenApp
import TumenServeApp

/// `tumen-serve`: what `tumen serve` runs (the options are the same; see `tumen serve --help`).
@main
enum Main {
    static func main() {
        do {
            let command = try ServeCommand.parse(Array(CommandLine.arguments.dropFirst()))
            try ServeRunner.run(command)
        } catch {
            ServeCommand.exit(withError: error)
        }
    }
}
