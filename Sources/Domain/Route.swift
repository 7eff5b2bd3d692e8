import Foundation

// MARK: - IfATE occupational routes

/// One of the 15 IfATE (Skills England) occupational routes, the top level of the occupational maps.
///
/// Raw values are stable slugs used in the API (`route=digital`) and in feeds.
public enum Route: String, CaseIterable, Codable, Sendable, Hashable {
    case agricultureEnvironmentalAndAnimalCare = "agriculture-environmental-and-animal-care"
    case businessAndAdministration = "business-and-administration"
    case cateringAndHospitality = "catering-and-hospitality"
    case educationAndEarlyYears = "education-and-early-years"
    case constructionAndTheBuiltEnvironment = "construction-and-the-built-environment"
    case creativeAndDesign = "creative-and-design"
    case digital = "digital"
    case engineeringAndManufacturing = "engineering-and-manufacturing"
    case hairAndBeauty = "hair-and-beauty"
    case healthAndScience = "health-and-science"
    case legalFinanceAndAccounting = "legal-finance-and-accounting"
    case protectiveServices = "protective-services"
    case salesMarketingAndProcurement = "sales-marketing-and-procurement"
    case careServices = "care-services"
    case transportAndLogistics = "transport-and-logistics"

    /// The route's number in the 2026 occupational maps.
    public var number: Int { Route.allCases.firstIndex(of: self)! + 1 }

    /// The route's name as the 2026 occupational maps spell it.
    public var name: String {
        switch self {
        case .agricultureEnvironmentalAndAnimalCare: "Agriculture, environmental and animal care"
        case .businessAndAdministration: "Business and administration"
        case .cateringAndHospitality: "Catering and hospitality"
        case .educationAndEarlyYears: "Education and early years"
        case .constructionAndTheBuiltEnvironment: "Construction and the built environment"
        case .creativeAndDesign: "Creative and design"
        case .digital: "Digital"
        case .engineeringAndManufacturing: "Engineering and manufacturing"
        case .hairAndBeauty: "Hair and beauty"
        case .healthAndScience: "Health and science"
        case .legalFinanceAndAccounting: "Legal, finance and accounting"
        case .protectiveServices: "Protective services"
        case .salesMarketingAndProcurement: "Sales, marketing and procurement"
        case .careServices: "Care services"
        case .transportAndLogistics: "Transport and logistics"
        }
    }

    /// The DfE course-directory sector code that corresponds to this route (non-LARS template).
    public var sectorCode: String {
        switch self {
        case .agricultureEnvironmentalAndAnimalCare: "ENVIRONMENTAL"
        case .businessAndAdministration: "BUSINESSADMIN"
        case .cateringAndHospitality: "CATERINGHOSP"
        case .educationAndEarlyYears: "EDUCATION"
        case .constructionAndTheBuiltEnvironment: "CONSTRUCTION"
        case .creativeAndDesign: "CREATIVE"
        case .digital: "DIGITAL"
        case .engineeringAndManufacturing: "ENGMAN"
        case .hairAndBeauty: "BEAUTY"
        case .healthAndScience: "HEALTH"
        case .legalFinanceAndAccounting: "LEGALFINANCE"
        case .protectiveServices: "PROTECTIVE"
        case .salesMarketingAndProcurement: "SALESMARKETING"
        case .careServices: "CARE"
        case .transportAndLogistics: "TRANSPORT"
        }
    }

    /// Resolves a route from its slug, number, full name (2026 or the 2023 "Education and childcare"),
    /// or DfE sector code. Case and surrounding spaces are ignored.
    public init?(matching text: String) {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !key.isEmpty else { return nil }
        if let route = Route(rawValue: key) ?? Route.byKey[key] {
            self = route
        } else if let number = Int(key), (1...15).contains(number) {
            self = Route.allCases[number - 1]
        } else {
            return nil
        }
    }

    private static let byKey: [String: Route] = {
        var table: [String: Route] = [:]
        for route in Route.allCases {
            table[route.name.lowercased()] = route
            table[route.sectorCode.lowercased()] = route
        }
        table["education and childcare"] = .educationAndEarlyYears
        return table
    }()
}

