public import Domain

/// The charter engine's dates are the shared calendar dates of the Domain module.
public typealias CharterDate = CalendarDate
