import Domain
@testable import Storage
import Testing

// MARK: - Venue districts remembered by name

@Suite("Venue districts")
struct VenueDistrictsTests {
    static let venues: [Venue] = [
        Venue(reference: "RC", name: "Redditch Centre"),
        Venue(name: "Pershore College"),
        Venue(name: "Kidderminster Town Hall"),
        Venue(name: "Somewhere Else Entirely"),
        Venue(reference: "X1"),
        Venue(name: "Redditch Centre", address: Address(postcode: "WR11 1LP")),
        Venue(name: "Pershore College", address: Address(town: "Kidderminster")),
    ]

    @Test("gives what Venue.district gives, the first time and every time after, whatever the order")
    func sameAsVenue() {
        let districts = VenueDistricts()
        for venue in Self.venues + Self.venues.reversed() + Self.venues {
            #expect(districts.district(of: venue) == venue.district, "\(venue)")
        }
        // The name-only venues resolve to real districts (so the comparison above is not all nils).
        #expect(Self.venues.compactMap(\.district).count >= 4)
    }
}
