import Foundation
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
        let handle: FileHandle
        var regularSize: Int?
        if path == standardInputPath {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .noInput(path, "no such file")
            }
            if isDirectory.boolValue { throw .noInput(path, "is a directory, not a dataset file") }
            regularSize = regularFileSize(path)
            if let size = regularSize, size > maximumFileSize {
                throw .badData(
                    path, "file is too large (\(megabytes(size)); the limit is \(megabytes(maximumFileSize)))")
            }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw .noInput(path, "cannot be read (permission denied)")
            }
            handle = opened
        }
        defer { if path != standardInputPath { try? handle.close() } }
        // Files under /proc say they are empty and are not: those are read as pipes are.
        if let regularSize, regularSize > 0 {
            return try readWhole(handle, expecting: regularSize, path: path)
        }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw .noInput(path, "cannot be read (\(error.localizedDescription))")
        }
        if data.count > maximumFileSize {
            throw .badData(path, "file is too large (over \(megabytes(maximumFileSize)))")
        }
        return [UInt8](data)
    }

    static func regularFileSize(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular
        else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }

    /// Reads a regular file straight into its array, with no intermediate `Data` (a big
    /// file is held once, not twice; docs/PERFORMANCE.md). One byte of room beyond the
    /// expected size notices a file that grew while it was read.
    static func readWhole(_ handle: FileHandle, expecting size: Int, path: String) throws(DatasetLoadError) -> [UInt8] {
        let capacity = size + 1
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let got = read(handle.fileDescriptor, buffer.baseAddress! + count, capacity - count)
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
