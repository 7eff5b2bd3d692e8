import Foundation
public import Hummingbird
import Storage

// MARK: - JSON responses

enum JSONCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension JSONCoding {
    /// Large bodies (career diagnostics, ~100 KB): written in one pass, keys in declaration order,
    /// several times faster than `JSONEncoder`; falls back to it for values the fast path cannot write.
    static func fastEncode<T: Encodable>(_ value: T) throws -> ByteBuffer {
        if let bytes = try? StreamingJSONEncoder().encodeBytes(value) { return ByteBuffer(bytes: bytes) }
        return ByteBuffer(bytes: try encoder.encode(value))
    }
}

/// A JSON body written with `JSONCoding.fastEncode` (keys in declaration order), for large responses.
struct FastJSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok
    var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: headers, body: .init(byteBuffer: try JSONCoding.fastEncode(value)))
    }
}

/// A JSON response body with Skillway's encoder (sorted keys) and an explicit status.
public struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    public var status: HTTPResponse.Status
    public var value: Value

    public init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONCoding.encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
