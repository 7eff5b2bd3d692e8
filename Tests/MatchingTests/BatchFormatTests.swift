import Foundation
import Testing

@testable import Matching

// MARK: - Batch files

@Suite("Batch format")
struct BatchFormatTests {
    func data(_ text: String) -> Data { Data(text.utf8) }

    @Test("documents and queries parse; blank lines and optional fields are fine")
    func parses() throws {
        let documents = try BatchFormat.readDocuments(data("""
            {"id": "a", "title": "welder", "aliases": ["CNC welder"], "text": "joins metal"}

            {"id": "b", "title": "nurse"}
            """), file: "docs.jsonl")
        #expect(documents == [MatchDocument(id: "a", title: "welder", aliases: ["CNC welder"], body: "joins metal"), MatchDocument(id: "b", title: "nurse")])
        let queries = try BatchFormat.readQueries(data("{\"id\": \"q\", \"text\": \"welding\"}\n"), file: "q.jsonl")
        #expect(queries == [BatchQuery(id: "q", text: "welding")])
    }

    @Test("empty files are not errors")
    func emptyFiles() throws {
        #expect(try BatchFormat.readDocuments(Data(), file: "docs.jsonl").isEmpty)
        #expect(try BatchFormat.readQueries(data("\n  \n"), file: "q.jsonl").isEmpty)
    }

    @Test("malformed lines are reported with their line number and reason", arguments: [
        ("{\"id\": \"a\", \"title\": \"x\"}\n{\"id\": \"b\", \"title\": ", 2, "not valid JSON"),
        ("[1, 2]", 1, "expected a JSON object"),
        ("{\"title\": \"x\"}", 1, "missing \"id\""),
        ("{\"id\": 7, \"title\": \"x\"}", 1, "\"id\" must be a string"),
        ("{\"id\": \"a\"}", 1, "missing \"title\""),
        ("{\"id\": \"a\", \"title\": \"x\", \"aliases\": \"y\"}", 1, "\"aliases\" must be an array of strings"),
        ("{\"id\": \"a\", \"title\": \"x\", \"aliases\": [\"y\", 3]}", 1, "\"aliases\"[1] must be a string"),
        ("{\"id\": \"a\", \"title\": \"x\", \"text\": 3}", 1, "\"text\" must be a string"),
        ("{\"id\": \"a\", \"title\": \"x\"}\n\n{\"id\": \"a\", \"title\": \"y\"}", 3, "duplicate document id \"a\""),
    ])
    func documentErrors(text: String, line: Int, reason: String) {
        #expect(throws: BatchFormatError(file: "docs.jsonl", line: line, reason: reason)) {
            try BatchFormat.readDocuments(data(text), file: "docs.jsonl")
        }
    }

    @Test("query lines need an id and a text")
    func queryErrors() {
        #expect(throws: BatchFormatError(file: "q.jsonl", line: 2, reason: "missing \"text\"")) {
            try BatchFormat.readQueries(data("{\"id\": \"1\", \"text\": \"a\"}\n{\"id\": \"2\"}"), file: "q.jsonl")
        }
        #expect(throws: BatchFormatError(file: "q.jsonl", line: 1, reason: "\"id\" must not be empty")) {
            try BatchFormat.readQueries(data("{\"id\": \"\", \"text\": \"a\"}"), file: "q.jsonl")
        }
    }

    @Test("result lines are JSON with ids and scores in order")
    func resultLine() throws {
        let hits = [MatchHit(id: "a\"b", score: 0.5, explanation: .init()), MatchHit(id: "c", score: 0.25, explanation: .init())]
        let line = BatchFormat.resultLine(queryID: "q\n1", hits: hits)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "q\n1")
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["id"] as? String } == ["a\"b", "c"])
        #expect(results.map { $0["score"] as? Double } == [0.5, 0.25])
    }
}
