public import Domain

/// Plan dates ("as of", version and action dates) are the shared calendar dates of the Domain module.
/// Plans never read the wall clock: every date in a projection comes from the plan itself.
public typealias PlanDate = CalendarDate
