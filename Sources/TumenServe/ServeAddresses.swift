import NIOCore

/// The addresses students can type for a server listening on `host`: the host itself,
/// or for 0.0.0.0 (::) this machine's own IPv4 addresses other than loopback.
public enum ServeAddresses {
    public static func forStudents(listeningOn host: String) -> [String] {
        guard host == "0.0.0.0" || host == "::" else { return [host.contains(":") ? "[\(host)]" : host] }
        let devices = (try? System.enumerateDevices()) ?? []
        var addresses: [String] = []
        for device in devices {
            guard let address = device.address, address.protocol == .inet, let ip = address.ipAddress,
                !ip.hasPrefix("127."), !addresses.contains(ip)
            else { continue }
            addresses.append(ip)
        }
        return addresses.isEmpty ? ["127.0.0.1"] : addresses
    }
}
