import Foundation
public import Hummingbird

// MARK: - JSON errors

/// An error the API answers with: `{"error": {"code", "message", "details"}}` and an HTTP status.
/// Messages are written for the caller; they never contain stack traces, SQL or file paths.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// Extra structured information (JSON), e.g. the import report of a rejected feed.
    public var details: JSONValue?

    public init(_ status: HTTPResponse.Status, code: String, message: String, details: JSONValue? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = ErrorBody(error: .init(code: code, message: message, details: details))
        let data = try JSONCoding.encoder.encode(body)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: Common errors

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not-found", message: "\(what) was not found.")
    }

    static func invalidParameter(_ name: String, _ value: String, expected: String) -> APIError {
        APIError(.badRequest, code: "invalid-parameter", message: "The parameter \(name)=\"\(value)\" is not valid: expected \(expected).",
                 details: .object(["parameter": .string(name), "value": .string(value), "expected": .string(expected)]))
    }
}

/// The wire shape of an error.
struct ErrorBody: Encodable {
    struct Inner: Encodable {
        var code: String
        var message: String
        var details: JSONValue?
    }
    var error: Inner
}

/// Any JSON value, for error details.
public enum JSONValue: Encodable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null
    /// Any encodable value, encoded as itself (e.g. an import report).
    case value(any Encodable & Sendable)

    public func encode(to encoder: any Encoder) throws {
        if case .value(let value) = self {
            try value.encode(to: encoder)
            return
        }
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .value: break
        }
    }
}
