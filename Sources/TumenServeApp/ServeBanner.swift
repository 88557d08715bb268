import TumenData
import TumenModel
import TumenServe

/// What `tumen serve` says when it starts, and its one-line status.
enum ServeBanner {
    static func lines(
        listen: String, port: Int, fingerprint: String, keyCreated: Bool, keyPath: String, session: String,
        lesson: String?, deck: PresenterDeck, password: Bool
    ) -> [String] {
        let what =
            TextSanitizer.visible(deck.title) + (lesson.map { " (lesson \($0), \(deck.steps.count) steps)" } ?? "")
        var lines = ["Tumen is serving \(what) over SSH, on \(listen) port \(port).", "Students connect with:"]
        for address in ServeAddresses.forStudents(listeningOn: listen) {
            lines.append("    ssh -p \(port) class@\(address)")
        }
        if listen.hasPrefix("127.") || listen == "::1" || listen == "localhost" {
            lines.append("(Only this machine can connect: add --listen 0.0.0.0 to let the class's machines in.)")
        }
        lines.append(
            "Host key \(fingerprint) (ED25519)\(keyCreated ? ", made just now and kept in \(keyPath)" : ""); "
                + "students can compare it with what ssh shows them.")
        lines.append(
            password ? "Students need the password." : "No password: anyone who can reach this port may connect.")
        let start = "tumen present" + (lesson.map { " --lesson \($0)" } ?? "")
        lines.append("Following the presenter of session \(session): start it in another terminal with \(start).")
        lines.append("Ctrl-C stops the server.")
        return lines
    }

    static func statusLine(_ status: ServeStatus) -> String {
        let students = "\(status.connected) connected: \(status.following) following, \(status.exploring) exploring"
        let teacher: String
        if let step = status.teacherStep, let count = status.teacherStepCount {
            teacher = status.teacherEnded ? "the presentation has ended" : "presenter on step \(step) of \(count)"
        } else {
            teacher = "presenter not started"
        }
        return students + " · " + teacher
    }
}
