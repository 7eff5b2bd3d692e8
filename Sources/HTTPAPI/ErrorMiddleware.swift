import Foundation
public import Hummingbird
import Logging

// MARK: - Error middleware

/// Turns every error into Skillway's JSON error shape. Errors the API raised itself pass through;
/// Hummingbird's own (unknown route, body too large) are reworded; anything else is logged and
/// answered as a 500 without internal detail.
public struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            throw Self.translate(error, request: request)
        } catch is DecodingError {
            throw APIError(
                .badRequest, code: "invalid-body", message: "The request body is not valid JSON of the expected shape.", details: .object(["path": .string("$")]))
        } catch {
            context.logger.error("Unhandled error", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            throw APIError(.internalServerError, code: "internal-error", message: "Something went wrong on our side; the error has been logged.")
        }
    }

    static func translate(_ error: HTTPError, request: Request) -> APIError {
        switch error.status {
        case .notFound:
            return APIError(
                .notFound, code: "not-found", message: "There is no \(request.method) \(request.uri.path) in this API; see /openapi.json.",
                details: .object(["method": .string("\(request.method)"), "path": .string(String(request.uri.path.prefix(256)))]))
        case .methodNotAllowed:
            return APIError(
                .methodNotAllowed, code: "method-not-allowed", message: "\(request.uri.path) does not accept \(request.method).",
                details: .object(["method": .string("\(request.method)")]))
        case .contentTooLarge:
            return APIError(
                .contentTooLarge, code: "body-too-large", message: "The request body is larger than this endpoint accepts.",
                details: .object(["reason": .string("The body exceeds the limit of this endpoint.")]))
        default:
            return APIError(error.status, code: "http-\(error.status.code)", message: error.body ?? error.status.reasonPhrase)
        }
    }
}
