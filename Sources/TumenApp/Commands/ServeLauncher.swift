import ArgumentParser
import Glibc

/// Starts `tumen-serve`, found beside the running `tumen`, in place of this process, with the
/// arguments that followed `serve`. Exit 69 when it is not there.
enum ServeLauncher {
    static let programName = "tumen-serve"

    static func execServer(arguments: [String] = CommandLine.arguments) throws {
        let server = serverPath()
        let rest = Array(arguments.drop { $0 != "serve" }.dropFirst())
        let argv = ([server] + rest).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        execv(server, argv)
        let reason = String(cString: strerror(errno))
        DataOptions.printError(
            "tumen serve: cannot start \(server) (\(reason)); it is installed beside tumen by "
                + "scripts/install.sh and the .deb, and built by swift build")
        throw ExitCode(69)
    }

    /// The folder of this executable (`/proc/self/exe`), then `tumen-serve`.
    static func serverPath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable =
            length > 0
            ? String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments[0]
        let folder = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/" + programName
    }
}
