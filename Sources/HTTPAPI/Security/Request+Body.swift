import Foundation
import Hummingbird
import NIOCore

// MARK: - Reading request bodies safely

/// Limits on how a request body arrives.
public struct BodyTimeouts: Sendable {
    /// The whole body must arrive within this time (slow-loris uploads are cut off with 408).
    public var bodyDeadline: Swift.Duration

    public init(bodyDeadline: Swift.Duration = .seconds(120)) {
        self.bodyDeadline = bodyDeadline
    }
}

extension Request {
    /// Collects the body up to the route's limit (413 beyond it) within the deadline (408 after it).
    func collectBody(context: AppRequestContext, deadline: Swift.Duration, tooLarge custom: @autoclosure () -> APIError? = nil) async throws -> ByteBuffer {
        func tooLarge() -> APIError { custom() ?? APIError.bodyTooLarge(limit: context.bodyLimit) }
        if let length = headers[.contentLength].flatMap(Int.init), length > context.bodyLimit { throw tooLarge() }
        let body = self.body
        let limit = context.bodyLimit
        do {
            return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: limit) }
                group.addTask {
                    try await Task.sleep(for: deadline)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else {
                    throw APIError(.requestTimeout, code: "body-timeout", message: "The request body did not arrive in time.")
                }
                return buffer
            }
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge()
        }
    }

    /// Decodes a JSON body after checking it in one pass against `limits`; refusals name the place,
    /// e.g. `$.name`.
    func decodeJSON<T: Decodable>(_ type: T.Type, context: AppRequestContext, limits: JSONLimits, deadline: Swift.Duration) async throws -> T {
        let buffer = try await collectBody(context: context, deadline: deadline)
        let bytes = Array(buffer.readableBytesView)
        guard !bytes.isEmpty else { throw APIError(.badRequest, code: "empty-body", message: "Send a JSON object as the request body.") }
        do {
            try JSONShapeCheck.check(bytes, limits: limits)
        } catch {
            throw APIError(
                .badRequest, code: error.reason.rawValue, message: "\(error.path): \(error.message)",
                details: .object(["path": .string(error.path)]))
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            let (path, message) = Self.describe(error)
            throw APIError(.badRequest, code: "invalid-body", message: "\(path): \(message)", details: .object(["path": .string(path)]))
        }
    }

    /// A located, plain description of a decoding error (never the decoder's internal wording).
    static func describe(_ error: DecodingError) -> (String, String) {
        func render(_ path: [any CodingKey]) -> String {
            path.reduce("$") { text, key in key.intValue.map { "\(text)[\($0)]" } ?? "\(text).\(key.stringValue)" }
        }
        switch error {
        case .keyNotFound(let key, let context): return (render(context.codingPath + [key]), "This field is required.")
        case .typeMismatch(let type, let context): return (render(context.codingPath), "Expected \(Self.name(of: type)).")
        case .valueNotFound(let type, let context): return (render(context.codingPath), "Expected \(Self.name(of: type)), found null.")
        case .dataCorrupted(let context):
            // Our own Decodable types explain themselves ("'mars' is not a Worcestershire district …"); the
            // decoder's own wording (Swift type names, "not valid JSON" for valid JSON) is not passed on.
            let reason = context.debugDescription.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".")))
            let decoderWording = reason.isEmpty || reason.contains("Cannot initialize") || reason.contains("JSON") || reason.contains("Swift")
            return (render(context.codingPath), decoderWording ? "This value is not valid here." : "This value is not valid here: \(reason.prefix(300)).")
        @unknown default: return ("$", "The body does not have the expected shape.")
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of strings"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "a value of another type"
        }
    }
}

extension APIError {
    /// 413 naming the route's limit.
    static func bodyTooLarge(limit: Int) -> APIError {
        APIError(
            .contentTooLarge, code: "body-too-large", message: "The request body is larger than this endpoint accepts (\(limit) bytes at most).",
            details: .object(["limitBytes": .number(Double(limit))]))
    }
}
