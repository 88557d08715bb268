import ArgumentParser
import TumenApp
import TumenServe

/// The host key for `tumen serve`, or exit 73 (cannot make one) or 78 (one is there but
/// refused) with what is wrong.
enum ServeHostKey {
    static func load(environment: [String: String]) throws -> (key: HostKeyStore.Loaded, path: String) {
        guard let directory = HostKeyStore.defaultDirectory(environment: environment) else {
            DataOptions.printError("tumen serve: neither XDG_STATE_HOME nor HOME is set: nowhere to keep the host key")
            throw ExitCode(73)
        }
        let store = HostKeyStore(directory: directory)
        do {
            return (try store.loadOrCreate(), store.privateKeyPath)
        } catch let refusal as HostKeyStore.Refusal {
            DataOptions.printError("tumen serve: " + refusal.description)
            throw ExitCode(refusal.keyExists ? 78 : 73)
        }
    }
}
