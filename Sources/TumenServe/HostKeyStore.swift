import Crypto
import Foundation
import NIOSSH

/// The server's SSH host key: made on first start, kept for every start after, so students
/// who checked its fingerprint once are not asked again. It lives in
/// `$XDG_STATE_HOME/tumen/` (else `~/.local/state/tumen/`) as two files: the Ed25519 private
/// key's 32 bytes (mode 0600, in a folder of mode 0700) and the public key in OpenSSH's
/// one-line form. A key file that is not what this program wrote — another size, readable
/// by others, not a plain file, or no longer matching its public half — is refused, never
/// overwritten: the teacher decides what to do with it.
public struct HostKeyStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/tumen" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/tumen"
    }

    public var privateKeyPath: String { directory + "/host-key-ed25519" }
    public var publicKeyPath: String { privateKeyPath + ".pub" }

    public struct Loaded: Sendable {
        public var key: NIOSSHPrivateKey
        /// "SHA256:…", as `ssh` and `ssh-keygen -l` print it.
        public var fingerprint: String
        public var created: Bool
    }

    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
        /// True when a key file is there and was refused (not: none could be made).
        public var keyExists = true
    }

    /// The stored key, or a new one stored first when there is none.
    public func loadOrCreate() throws -> Loaded {
        var info = stat()
        if lstat(privateKeyPath, &info) == 0 { return try load(info) }
        guard errno == ENOENT else {
            throw Refusal(description: "\(privateKeyPath): \(String(cString: strerror(errno)))")
        }
        return try create()
    }

    private func load(_ info: stat) throws -> Loaded {
        let path = privateKeyPath
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw Refusal(description: "\(path) is not a plain file; move it away and Tumen makes a new host key")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw Refusal(
                description: "\(path) can be read by other users (mode \(String(info.st_mode & 0o777, radix: 8))); "
                    + "run chmod 600 on it, or move it away and Tumen makes a new host key")
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw Refusal(description: "\(path) cannot be read")
        }
        guard bytes.count == 32, let signing = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else {
            throw Refusal(
                description: "\(path) is not a Tumen host key (32 bytes expected, \(bytes.count) found); "
                    + "it was left as it is: move it away and Tumen makes a new one")
        }
        let key = NIOSSHPrivateKey(ed25519Key: signing)
        let publicLine = String(openSSHPublicKey: key.publicKey)
        // The public file's first two fields (type and key); a comment may follow.
        if let stored = FileManager.default.contents(atPath: publicKeyPath),
            String(decoding: stored, as: UTF8.self).split(separator: " ").prefix(2).joined(separator: " ") != publicLine
        {
            throw Refusal(
                description: "\(path) has changed: it no longer matches \(publicKeyPath); "
                    + "both were left as they are: move them away and Tumen makes a new host key")
        }
        return Loaded(key: key, fingerprint: Self.fingerprint(of: signing.publicKey), created: false)
    }

    private func create() throws -> Loaded {
        try makeDirectory()
        let signing = Curve25519.Signing.PrivateKey()
        // O_EXCL: if another server made the file a moment ago, this one refuses rather
        // than overwrite it.
        let descriptor = open(privateKeyPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw Refusal(
                description: "cannot create \(privateKeyPath): \(String(cString: strerror(errno)))", keyExists: false)
        }
        let raw = [UInt8](signing.rawRepresentation)
        let written = raw.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == raw.count, synced else {
            unlink(privateKeyPath)
            throw Refusal(description: "cannot write \(privateKeyPath)", keyExists: false)
        }
        let key = NIOSSHPrivateKey(ed25519Key: signing)
        let publicLine = String(openSSHPublicKey: key.publicKey) + " tumen-serve\n"
        _ = FileManager.default.createFile(
            atPath: publicKeyPath, contents: Data(publicLine.utf8),
            attributes: [.posixPermissions: 0o644])
        return Loaded(key: key, fingerprint: Self.fingerprint(of: signing.publicKey), created: true)
    }

    private func makeDirectory() throws {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw Refusal(description: "cannot create \(directory): \(error.localizedDescription)", keyExists: false)
        }
    }

    /// SHA-256 of the key as SSH sends it (string "ssh-ed25519", string key), in unpadded
    /// base64: what `ssh` shows a student the first time they connect.
    public static func fingerprint(of key: Curve25519.Signing.PublicKey) -> String {
        func sshString(_ bytes: [UInt8]) -> [UInt8] {
            let count = UInt32(bytes.count)
            return [UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]
                + bytes
        }
        let blob = sshString(Array("ssh-ed25519".utf8)) + sshString([UInt8](key.rawRepresentation))
        let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }
}
