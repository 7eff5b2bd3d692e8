import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A word inside a longer job title does not place the shorter title's job (review 9, G2)

/// A job title holds shorter ones ("nurse" in "nursery nurse" and "dental nurse", "driver" in "HGV class 1
/// driver"): the longer title is the job, and the shorter title's job (a registered nurse, a fork-lift
/// driver) is not the learner's. The opening words of a CV line name the job even when they are no coding
/// index title word for word ("Purchase ledger clerk 2009-2018"), and the sentence says which of several
/// jobs of one title it is ("a cleaner at a secondary school" cleans a school, not laundry).
@Suite("Current job read from the whole job title")
struct CurrentJobWithinTitleTests {
    static func titles(_ diagnostic: Diagnostic, _ scheme: OccupationScheme) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == scheme }.map(\.occupation.title)
    }

    @Test("a dental nurse's title places no registered nurse")
    func dentalNurseTitle() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Qualified dental nurse, worked 6 years at an NHS practice, chairside assisting, decontamination, x rays, taking impressions.",
            currentTitle: "Dental nurse"))
        let groups = Self.titles(diagnostic, .soc2020)
        #expect(groups.first == "Dental nurses", "\(groups)")
        #expect(!diagnostic.currentOccupations.contains { $0.occupation.title.lowercased().contains("registered") }, "\(groups)")
    }

    @Test("a carpet fitter is a floor layer, not an engineering or metal fitter")
    func carpetFitterTitle() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Carpet and vinyl fitter 22 years. I know flooring inside out, measuring up, estimating, customers trust me.",
            currentTitle: "Carpet fitter"))
        let all = diagnostic.currentOccupations.map(\.occupation.title)
        #expect(Self.titles(diagnostic, .soc2020).first == "Floorers and wall tilers", "\(all)")
        #expect(!all.contains { $0.lowercased().contains("metal") || $0.lowercased().contains("engineering fitter") }, "\(all)")
    }

    @Test("a CV line opening with the job places it, so no job title is asked for")
    func cvOpeningLine() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Purchase ledger clerk 2009-2018, manufacturing company, Worcester. Invoice processing, supplier reconciliations, "
                + "payment runs, Sage 200, VAT support, month end. Career break 2018-present (family)."))
        let groups = Self.titles(diagnostic, .soc2020)
        #expect(groups.first == "Book-keepers, payroll managers and wages clerks", "\(groups)")
        #expect(!groups.contains { $0.lowercased().contains("textile") }, "\(groups)")
        #expect(!diagnostic.notices.contains { $0.contains("Adding your job title helps") }, "\(diagnostic.notices)")
    }

    @Test("a CV line opening 'Commercial insurance underwriter 2006-2019' places an underwriter first, not a financial manager")
    func underwriterOpeningLine() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Commercial insurance underwriter 2006-2019, Worcester office of a national insurer. Risk assessment, quoting, renewals, "
                + "broker relationships, referrals, Cert CII. Career break since 2019 (children)."))
        let groups = Self.titles(diagnostic, .soc2020)
        #expect(groups.first == "Insurance underwriters", "\(groups)")
    }

    @Test("night shift replenishment is shelf filling, not nursing, whatever first aid the learner does")
    func nightReplenishment() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "night shift replenishment at a supermarket in Evesham for 4 years, filling shelves, taking deliveries off the cage, "
                + "rotation, I'm a first aider and fire marshal."))
        let groups = Self.titles(diagnostic, .soc2020)
        #expect(groups.first == "Shelf fillers", "\(groups)")
        #expect(!groups.contains { $0.lowercased().contains("nursing") }, "\(groups)")
    }

    @Test("'I manage a charity shop' places a shop manager, not a welfare worker")
    func managedCharityShop() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I manage a charity shop in Malvern for a hospice, 6 years. I run a team of about 25 volunteers, do the rotas, gift aid, "
                + "pricing and sorting donations, banking, window displays, social media posts for the shop."))
        let groups = Self.titles(diagnostic, .soc2020)
        #expect(groups.first == "Managers and directors in retail and wholesale", "\(groups)")
        #expect(!groups.contains { $0.lowercased().contains("welfare") }, "\(groups)")
    }

    @Test("the sentence says which job of a shared title it is: a school cleaner")
    func schoolCleaner() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Im 29, I work as a cleaner at a secondary school in Redditch early mornings and evenings for 5 years."))
        let groups = Self.titles(diagnostic, .soc2020)
        #expect(groups.first == "Cleaners and domestics", "\(groups)")
        #expect(!groups.contains { $0.lowercased().contains("launderers") }, "\(groups)")
    }

    @Test("a condition that stops driving on medical grounds rules out work at sea and airside too")
    func epilepsyRulesOutSeaAndAirside() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "HGV class 1 driver for 14 years, tramping and then multidrop for a distribution centre in Redditch, tacho, ADR, load securing. "
                + "Had a seizure in May and the DVLA took my licence, diagnosed with epilepsy, cant drive for at least a year maybe longer."))
        let paths = diagnostic.paths.map(\.occupation.title)
        #expect(!paths.contains { ["workboat", "watch", "seafarer", "ground handler", "airside"].contains(where: $0.lowercased().contains) }, "\(paths)")
        #expect(diagnostic.notices.contains { $0.contains("work at sea or airside") }, "\(diagnostic.notices)")
    }
}

// MARK: - A circumstance asked for after a clause about the past (review 9, G5)

@Suite("Circumstances read clause by clause")
struct CircumstanceClauseTests {
    @Test("'part time in school hours' after a clause about years out is read")
    func schoolHoursAfterPast() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I was a hairdresser for 10 years in a salon in Kidderminster, colour, cuts, foils, balayage, NVQ level 3. Left when I had "
                + "my kids, theyre at school now. Been out 7 years, my skills are probably out of date, want something part time in school hours"))
        #expect(diagnostic.notices.contains { $0.contains("part-time") }, "\(diagnostic.notices)")
    }
}

// MARK: - A job standing in for a wish no standard is for (review 9, G4)

@Suite("Wish claims only for jobs whose titles hold the wish")
struct WishStandInTests {
    @Test("a job standing in for 'graphic designer', which no standard is for, is a first step towards it, not the job the wish names")
    func graphicDesignerStandIn() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I work in a warehouse in Worcester picking orders with a scanner 3 years. I am good at drawing, I make posters and logos "
                + "for my football club on Canva and procreate. I want job in design.",
            aspiration: "graphic designer"))
        #expect(diagnostic.notices.contains { $0.contains("\"graphic designer\"") && $0.contains("no apprenticeship standard") }, "\(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { $0.why.summary.hasPrefix("The job your wish names") }, "\(diagnostic.paths.map(\.why.summary))")
        #expect(diagnostic.paths.contains { $0.why.summary.hasPrefix("A first step towards graphic designer") }, "\(diagnostic.paths.map(\.why.summary))")
    }
}
