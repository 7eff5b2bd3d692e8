import Testing
@testable import Taxonomy
