import ArgumentParser
import FoundationEssentials
import TumenApp
import TumenData
import TumenFiles
import TumenServe

/// `tumen serve`'s work, in the `tumen-serve` program: load the dataset and the lesson, the
/// host key, start the SSH server, keep the status line, and stop cleanly on a signal.
package enum ServeRunner {
    package static func run(_ command: ServeCommand) throws {
        let (dataOptions, lesson, session, port, listen, password, maxClients, idleMinutes) = (
            command.dataOptions, command.lesson, command.session, command.port, command.listen, command.password,
            command.maxClients, command.idleMinutes
        )
        let loaded = try dataOptions.load()
        let deck = try LessonDeck.load(loaded, lesson: lesson)
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
