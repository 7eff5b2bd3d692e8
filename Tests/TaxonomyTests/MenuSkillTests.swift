import Testing
@testable import Taxonomy

// MARK: - Menus are a kitchen skill, not a food technologist's product development

@Suite("Menu and recipe development")
struct MenuSkillTests {
    @Test("a food technologist's sensory analysis and product trials are not menu and recipe development")
    func productDevelopmentIsNotMenus() {
        let extracted = bundled.extract("Food technologist: ran sensory analysis panels, sensory evaluation and product trials for new lines.").skills
        #expect(!extracted.contains { $0.skillID == "menu-and-recipe-development" }, "\(extracted.map(\.skillID))")
    }

    @Test("a chef who plans menus and develops recipes has the skill, and the senior culinary chef standard keeps it")
    func chefsPlanMenus() throws {
        let extracted = bundled.extract("Head chef: menu planning and developing recipes for the seasonal specials.").skills
        #expect(extracted.contains { $0.skillID == "menu-and-recipe-development" }, "\(extracted.map(\.skillID))")
        let menu = try #require(bundled.skill(id: "menu-and-recipe-development"))
        #expect(menu.evidence.contains { bundled.standard(reference: $0)?.title == "Senior culinary chef" })
    }
}
