import Glibc
import TumenData

/// Reading dataset files from disk (or standard input): the one place TumenData's loader
/// meets the file system. Decoding the bytes is `DatasetLoader.decode`, which does no I/O.
extension DatasetLoader {
    public static func load(path: String, format: DatasetFormat? = nil) throws(DatasetLoadError) -> LoadedDataset {
        let bytes = try readFile(path)
        return try decode(bytes: bytes, path: path, format: format, basemap: { BasemapLoad.standard.basemap })
    }

    /// Reads a whole file (or standard input for "-"), refusing a directory, an
    /// unreadable file, or more than `maximumFileSize` bytes. Pipes and devices are
    /// read only up to the limit, so even /dev/zero ends with a clear message.
    public static func readFile(_ path: String) throws(DatasetLoadError) -> [UInt8] {
        if path == standardInputPath { return try readStream(STDIN_FILENO, path: path) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw .noInput(path, "no such file") }
        if info.st_mode & S_IFMT == S_IFDIR { throw .noInput(path, "is a directory, not a dataset file") }
        let regularSize: Int? = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : nil
        if let size = regularSize, size > maximumFileSize {
            throw .badData(path, "file is too large (\(megabytes(size)); the limit is \(megabytes(maximumFileSize)))")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .noInput(path, "cannot be read (permission denied)") }
        defer { close(descriptor) }
        // Files under /proc say they are empty and are not: those are read as pipes are.
        if let regularSize, regularSize > 0 {
            return try readWhole(descriptor, expecting: regularSize, path: path)
        }
        return try readStream(descriptor, path: path)
    }

    /// A pipe, a device or standard input: read up to one byte past the limit, a block at a
    /// time, so a small pipe takes little memory.
    static func readStream(_ descriptor: Int32, path: String) throws(DatasetLoadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumFileSize {
            let got = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got > 0 {
                bytes.append(contentsOf: block[0..<got])
            } else if got == 0 {
                break
            } else if errno != EINTR {
                throw .noInput(path, "cannot be read (\(String(cString: strerror(errno))))")
            }
        }
        if bytes.count > maximumFileSize {
            throw .badData(path, "file is too large (over \(megabytes(maximumFileSize)))")
        }
        return bytes
    }

    /// Reads a regular file straight into its array's uninitialised storage, allocated once
    /// (a big file is held once, not twice). One byte of room beyond the expected size
    /// notices a file that grew while it was read.
    static func readWhole(_ descriptor: Int32, expecting size: Int, path: String) throws(DatasetLoadError) -> [UInt8] {
        let capacity = size + 1
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let got = read(descriptor, buffer.baseAddress! + count, capacity - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    return
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        if failure != 0 {
            throw .noInput(path, "cannot be read (\(String(cString: strerror(failure))))")
        }
        if bytes.count > size {
            throw .noInput(path, "changed while it was being read; try again")
        }
        return bytes
    }
}
