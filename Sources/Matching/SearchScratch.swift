// MARK: - Search scratch space

/// Accumulators reused across searches so that a query allocates almost nothing. The buffers are
/// fixed-size raw allocations (`let`, so reading them costs no exclusivity check); the index
/// replaces the whole scratch when it grows. Every entry a search touches is reset before it returns.
final class SearchScratch {
    let forms: Int
    let documents: Int
    let formAcc: UnsafeMutablePointer<Float>
    let bodyAcc: UnsafeMutablePointer<Float>
    let docForm: UnsafeMutablePointer<Float>
    let docBestForm: UnsafeMutablePointer<Int32>
    let docSeen: UnsafeMutablePointer<Bool>
    let touchedForms: UnsafeMutablePointer<Int32>
    let touchedBodies: UnsafeMutablePointer<Int32>
    let touchedDocs: UnsafeMutablePointer<Int32>

    init(forms: Int, documents: Int) {
        self.forms = forms
        self.documents = documents
        formAcc = .allocate(capacity: max(forms, 1))
        formAcc.initialize(repeating: 0, count: max(forms, 1))
        touchedForms = .allocate(capacity: max(forms, 1))
        bodyAcc = .allocate(capacity: max(documents, 1))
        bodyAcc.initialize(repeating: 0, count: max(documents, 1))
        docForm = .allocate(capacity: max(documents, 1))
        docForm.initialize(repeating: 0, count: max(documents, 1))
        docBestForm = .allocate(capacity: max(documents, 1))
        docBestForm.initialize(repeating: -1, count: max(documents, 1))
        docSeen = .allocate(capacity: max(documents, 1))
        docSeen.initialize(repeating: false, count: max(documents, 1))
        touchedBodies = .allocate(capacity: max(documents, 1))
        touchedDocs = .allocate(capacity: max(documents, 1))
    }

    deinit {
        formAcc.deallocate()
        touchedForms.deallocate()
        bodyAcc.deallocate()
        docForm.deallocate()
        docBestForm.deallocate()
        docSeen.deallocate()
        touchedBodies.deallocate()
        touchedDocs.deallocate()
    }
}
