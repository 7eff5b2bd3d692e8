import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

#if canImport(Glibc)
import Glibc
#endif

// MARK: - XML attacks

/// Hostile XCRI-CAP documents: entity expansion bombs, external entities, external DTDs, parameter
/// entities and XInclude. None may expand, read a file or open a connection.
enum HostileXML {
    static let head = #"<catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/"><provider><course><dc:identifier>H-1</dc:identifier><dc:title>"#
    static let tail = "</dc:title></course></provider></catalog>"

    /// Ten levels of ten-fold expansion: 10^10 "lol"s if expanded.
    static var billionLaughs: String {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...10 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [\(entities)]>\n" + head + "Safe &lol10;" + tail
    }

    /// One 50,000-character entity referenced 20,000 times: a gigabyte if expanded.
    static var quadraticBlowup: String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY big \"" + String(repeating: "x", count: 50_000) + "\">]>\n" + head + "Safe "
            + String(repeating: "&big;", count: 20_000) + tail
    }

    static func externalEntity(file: URL) -> String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY xxe SYSTEM \"\(file.absoluteString)\">]>\n" + head + "Safe &xxe;" + tail
    }

    static func externalDTD(port: Int) -> String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog SYSTEM \"http://127.0.0.1:\(port)/evil.dtd\">\n" + head + "Safe" + tail
    }

    static func parameterEntity(port: Int) -> String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY % remote SYSTEM \"http://127.0.0.1:\(port)/pe.dtd\"> %remote;]>\n" + head + "Safe" + tail
    }

    static func networkEntity(port: Int) -> String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY net SYSTEM \"http://127.0.0.1:\(port)/entity\">]>\n" + head + "Safe &net;" + tail
    }

    static func xInclude(port: Int, file: URL) -> String {
        head.replacingOccurrences(of: "<catalog ", with: #"<catalog xmlns:xi="http://www.w3.org/2001/XInclude" "#) + "Safe" + "</dc:title>"
            + "<xi:include href=\"http://127.0.0.1:\(port)/inc.xml\"/><xi:include href=\"\(file.absoluteString)\" parse=\"text\"/>"
            + "</course></provider></catalog>"
    }

    /// Every attack, by name, for a listener port and a marker file.
    static func all(port: Int, marker: URL) -> [(String, String)] {
        [
            ("billion laughs", billionLaughs), ("quadratic blowup", quadraticBlowup), ("external entity", externalEntity(file: marker)),
            ("external DTD", externalDTD(port: port)), ("parameter entity", parameterEntity(port: port)),
            ("network entity", networkEntity(port: port)), ("XInclude", xInclude(port: port, file: marker)),
        ]
    }
}

/// A TCP listener on 127.0.0.1 that never accepts: it tells whether anything tried to connect.
final class LoopbackListener {
    let port: Int
    private let socket: Int32

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw ListenerError()
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        socket = fd
    }

    /// Whether a connection is waiting (accepting it if so).
    func receivedConnection() -> Bool {
        let client = accept(socket, nil, nil)
        if client >= 0 {
            close(client)
            return true
        }
        return false
    }

    deinit { close(socket) }

    struct ListenerError: Error {}
}

@Suite("XCRI-CAP hostile XML")
struct XMLHostileTests {
    @Test("bombs, external entities, external DTDs, parameter entities and XInclude are inert")
    func attacks() async throws {
        let listener = try LoopbackListener()
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("skillway-xxe-marker-\(UUID().uuidString).txt")
        try "MARKER-SECRET-7f3a".write(to: marker, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: marker) }
        #expect(!listener.receivedConnection())
        for (name, document) in HostileXML.all(port: listener.port, marker: marker) {
            let catalogue = try TestCatalogue()
            let started = ContinuousClock.now
            let report = try await catalogue.importText(document)
            #expect(ContinuousClock.now - started < .seconds(10), "\(name) took too long")
            let titles = try await catalogue.courses().map(\.course.title)
            for title in titles {
                #expect(title.hasPrefix("Safe"), "\(name): \(title.prefix(80))")
                #expect(title.count < 100, "\(name) expanded to \(title.count) characters")
                #expect(!title.contains("MARKER") && !title.contains("lol"), "\(name)")
            }
            let reportText = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
            #expect(!reportText.contains("MARKER-SECRET"), "\(name) leaked the marker file into the report")
            #expect(reportText.count < 100_000, "\(name) report is \(reportText.count) bytes")
            #expect(!listener.receivedConnection(), "\(name) opened a network connection")
        }
    }
}
