@testable import Taxonomy

/// The bundled taxonomy, loaded once for every test.
let bundled: SkillsTaxonomy = {
    do { return try SkillsTaxonomy.bundled() } catch { fatalError("The bundled taxonomy cannot be loaded: \(error)") }
}()
