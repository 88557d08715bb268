import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenModel

/// `tumen serve`: an SSH server for a class. Students connect with any SSH client and
/// follow the teacher's `tumen present` or explore on their own; see docs/presenting.md.
package struct ServeCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Let a class follow the presentation, or explore on their own, with nothing but ssh.",
        discussion: """
            Start `tumen present` (same --data and --lesson, or the same --session) in another \
            terminal; students type the ssh command this prints. Each sees the content note, then \
            chooses: f follows the teacher's step live at their own window size, e explores on their \
            own (F follows again). Without --password anyone who can reach the port may connect, \
            under any user name: the content is public and students need no accounts. Only \
            terminal sessions are served: commands, sftp, port forwarding and other environment \
            variables than TERM and LANG are refused and logged. Listens on 127.0.0.1 unless \
            --listen says otherwise (--listen 0.0.0.0 for the classroom's network). The host key \
            is made on first start in $XDG_STATE_HOME/tumen (else ~/.local/state/tumen). Ctrl-C or \
            SIGTERM says goodbye to every student and stops. Exit codes: 0 after a stop, 64 bad \
            options or lesson, 65/66 bad or missing dataset, 69 cannot listen, 73 cannot make the \
            host key, 78 a host key file that is refused.
            """
    )

    @OptionGroup package var dataOptions: DataOptions

    @Option(
        name: .long,
        help: ArgumentHelp("The lesson students follow, by id (default: all events by date).", valueName: "name"))
    package var lesson: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The presenter's --session name (default: the dataset file and lesson, as tumen present names it).",
            valueName: "name"))
    package var session: String?

    @Option(name: .long, help: ArgumentHelp("TCP port to listen on (0: any free port).", valueName: "port"))
    package var port = 2222

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Address to listen on: 127.0.0.1 (this machine only), or 0.0.0.0 for every network.", valueName: "address"))
    package var listen = "127.0.0.1"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A password every student must type (visible to other users of this machine in its process list).",
            valueName: "word"))
    package var password: String?

    @Option(
        name: .customLong("max-clients"),
        help: ArgumentHelp("Students at once; more are told the class is full.", valueName: "count"))
    package var maxClients = 60

    @Option(
        name: .customLong("idle-minutes"),
        help: ArgumentHelp(
            "Close a connection after this many minutes with no key (and, while following, no step change).",
            valueName: "minutes"))
    package var idleMinutes = 30.0

    package init() {}

    package func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes 0 to 65535, not \(port).") }
        guard (1...1_000).contains(maxClients) else {
            throw ValidationError("--max-clients takes 1 to 1000, not \(maxClients).")
        }
        guard idleMinutes >= 0.05, idleMinutes <= 24 * 60 else {
            throw ValidationError("--idle-minutes takes 0.05 to 1440, not \(idleMinutes).")
        }
        if let password, password.isEmpty {
            throw ValidationError("--password cannot be empty; leave it out for no password.")
        }
        if let session, !NotesSync.isValidSessionName(session) {
            throw ValidationError("--session takes letters, digits, '-', '_' and '.', not '\(session)'.")
        }
    }

    /// The server is its own program, `tumen-serve`, installed beside `tumen`: it links the
    /// SSH stack (swift-nio, BoringSSL, Foundation), which the explorer does not need to
    /// start. The options were checked here; the same arguments go to it.
    package func run() throws {
        try ServeLauncher.execServer()
    }
}
