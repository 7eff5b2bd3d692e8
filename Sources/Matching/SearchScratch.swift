// MARK: - Search scratch space

/// Accumulators reused across searches so a query allocates almost nothing. Every entry a search
/// touches is reset before it returns.
final class SearchScratch {
    var formAcc: [Float] = []
    var bodyAcc: [Float] = []
    var docForm: [Float] = []
    var docBestForm: [Int32] = []
    var docSeen: [Bool] = []
    var touchedForms: [Int32] = []
    var touchedBodies: [Int32] = []
    var touchedDocs: [Int32] = []
    /// Per term: 1 when the current query holds it.
    var queryMark: [UInt8] = []
    /// Per term: the last document slot that counted it (coverage).
    var termSeenBy: [Int32] = []

    func resize(forms: Int, documents: Int) {
        if formAcc.count < forms { formAcc.append(contentsOf: repeatElement(0, count: forms - formAcc.count)) }
        if bodyAcc.count < documents {
            let extra = documents - bodyAcc.count
            bodyAcc.append(contentsOf: repeatElement(0, count: extra))
            docForm.append(contentsOf: repeatElement(0, count: extra))
            docBestForm.append(contentsOf: repeatElement(-1, count: extra))
            docSeen.append(contentsOf: repeatElement(false, count: extra))
        }
    }

    func resize(terms: Int) {
        if queryMark.count < terms {
            let extra = terms - queryMark.count
            queryMark.append(contentsOf: repeatElement(0, count: extra))
            termSeenBy.append(contentsOf: repeatElement(-1, count: extra))
        }
    }
}
