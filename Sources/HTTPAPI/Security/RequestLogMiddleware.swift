public import Hummingbird
public import Logging

// MARK: - Request log

/// Logs one line per request with only the method, the matched route (its template, such as
/// `/providers/{id}/feeds`, never the actual path), the status and the time taken. Query strings,
/// headers and bodies are never logged: they may hold tokens or learners' words.
public struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let level: Logger.Level

    public init(level: Logger.Level = .info) {
        self.level = level
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context: context, status: response.status.code, started: started)
            return response
        } catch {
            log(request, context: context, status: (error as? any HTTPResponseError)?.status.code ?? 500, started: started)
            throw error
        }
    }

    private func log(_ request: Request, context: Context, status: Int, started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.log(
            level: level, "Request",
            metadata: [
                "method": "\(request.method.rawValue)", "route": "\(context.endpointPath ?? "(no route)")", "status": "\(status)",
                "ms": "\((milliseconds * 10).rounded() / 10)",
            ])
    }
}
