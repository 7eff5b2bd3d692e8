import Foundation

// MARK: - Namespaces

/// The namespaces XCRI-CAP feeds use, recognised by URI (never by prefix).
enum XMLNamespace: Hashable {
    case xcri12, xcri11, mlo, dc, dcterms, credit, xcriTerms, courseDataProgramme, xhtml, xsi, geo, skillway
    case none
    case other(String)

    init(uri: String?) {
        guard let uri, !uri.isEmpty else {
            self = .none
            return
        }
        switch uri {
        case "http://xcri.org/profiles/1.2/catalog": self = .xcri12
        case "http://xcri.org/profiles/catalog": self = .xcri11
        case "http://purl.org/net/mlo": self = .mlo
        case "http://purl.org/dc/elements/1.1/": self = .dc
        case "http://purl.org/dc/terms/": self = .dcterms
        case "http://purl.org/net/cm": self = .credit
        // Both terms URIs: many 1.2 feeds bind the description-type prefix to the 1.1 one.
        case "http://xcri.org/profiles/1.2/catalog/terms", "http://xcri.org/profiles/catalog/terms": self = .xcriTerms
        case "http://xcri.co.uk", "http://xcri.co.uk/": self = .courseDataProgramme
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/2001/XMLSchema-instance": self = .xsi
        case "http://www.w3.org/2003/01/geo/wgs84_pos", "http://www.w3.org/2003/01/geo/wgs84_pos#": self = .geo
        case "urn:skillway:terms": self = .skillway
        default: self = .other(uri)
        }
    }

    /// True for the namespaces XCRI-CAP structure and metadata elements live in (or none at all).
    var isFeedVocabulary: Bool {
        switch self {
        case .xcri12, .xcri11, .mlo, .dc, .dcterms, .credit, .none, .courseDataProgramme: true
        default: false
        }
    }
}
