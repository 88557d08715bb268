import ArgumentParser
import Foundation
import TumenData
import TumenModel
import TumenServe

/// `tumen serve`: an SSH server for a class. Students connect with any SSH client and
/// follow the teacher's `tumen present` or explore on their own; see docs/presenting.md.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var dataOptions: DataOptions

    @Option(
        name: .long,
        help: ArgumentHelp("The lesson students follow, by id (default: all events by date).", valueName: "name"))
    var lesson: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The presenter's --session name (default: the dataset file and lesson, as tumen present names it).",
            valueName: "name"))
    var session: String?

    @Option(name: .long, help: ArgumentHelp("TCP port to listen on (0: any free port).", valueName: "port"))
    var port = 2222

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Address to listen on: 127.0.0.1 (this machine only), or 0.0.0.0 for every network.", valueName: "address"))
    var listen = "127.0.0.1"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A password every student must type (visible to other users of this machine in its process list).",
            valueName: "word"))
    var password: String?

    @Option(
        name: .customLong("max-clients"),
        help: ArgumentHelp("Students at once; more are told the class is full.", valueName: "count"))
    var maxClients = 60

    @Option(
        name: .customLong("idle-minutes"),
        help: ArgumentHelp(
            "Close a connection after this many minutes with no key (and, while following, no step change).",
            valueName: "minutes"))
    var idleMinutes = 30.0

    func validate() throws {
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

    func run() throws {
        let loaded = try dataOptions.load()
        let deck = try PresentCommand.deck(loaded, lesson: lesson)
        let environment = ProcessInfo.processInfo.environment
        let (hostKey, keyPath) = try ServeHostKey.load(environment: environment)
        let sessionName = session ?? NotesSync.sessionName(dataPath: loaded.path, lesson: lesson)
        let sync = NotesSync(directory: NotesSync.defaultDirectory())
        var configuration = ServeConfiguration(
            host: listen, port: port, password: password, maxClients: maxClients,
            idleSeconds: idleMinutes * 60)
        configuration.maximumSize = (300, 120)
        let console = ServeConsole()
        let signals = ServeSignals()
        let server = ClassroomServer(
            configuration: configuration, dataset: loaded.dataset, deck: deck, basemap: .standard, hostKey: hostKey,
            teacher: { sync.read(session: sessionName) },
            log: { console.log($0) },
            statusChanged: { status in
                console.show(status)
                try? sync.writeAudience(status.following, session: sessionName)
            },
            clock: { PresenterLoop.wallClock() })
        let boundPort: Int
        do {
            boundPort = try server.start()
        } catch {
            DataOptions.printError("tumen serve: cannot listen on \(listen) port \(port): \(error)")
            throw ExitCode(69)
        }
        try? sync.writeAudience(0, session: sessionName)
        console.banner(
            ServeBanner.lines(
                listen: listen, port: boundPort, fingerprint: hostKey.fingerprint,
                keyCreated: hostKey.created, keyPath: keyPath, session: sessionName,
                lesson: lesson, deck: deck, password: password != nil))
        console.show(server.status)
        let signal = signals.wait()
        console.log("stopping (\(signal)): saying goodbye to \(server.status.connected) connected")
        server.stop(saying: "The class is over: the teacher stopped the server. Goodbye.")
        sync.removeAudience(session: sessionName)
        console.finish()
    }
}
