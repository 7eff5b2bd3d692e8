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
    /// Extra response headers, e.g. `Retry-After` or `WWW-Authenticate`.
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, message: String, details: JSONValue? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        // Every error carries `details`, if only an empty object, so clients can read it unconditionally.
        let body = ErrorBody(error: .init(code: code, message: message, details: details ?? .object([:])))
        let data = try JSONCoding.encoder.encode(body)
        var fields: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        fields.append(contentsOf: headers)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: Common errors

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not-found", message: "\(what) was not found.", details: .object(["resource": .string(what)]))
    }

    /// The answer for a resource that does not exist or is not the caller's: the same bytes either way,
    /// so a refusal reveals nothing about what exists.
    static func resourceNotFound(_ request: Request) -> APIError {
        APIError(
            .notFound, code: "not-found", message: "The requested resource was not found.",
            details: .object(["reason": .string("The id is unknown, has expired, or is not visible to this caller.")]))
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
