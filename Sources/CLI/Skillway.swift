import ArgumentParser
@main struct Skillway: AsyncParsableCommand {}
