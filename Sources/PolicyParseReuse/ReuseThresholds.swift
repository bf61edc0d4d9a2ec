/// 判定阈值 (thresholds) of the reuse labels: data, with the reasoning and the examples that set
/// them in Docs/Reuse.md. Coverages are shares of a task's word weight (characters, placeholders 1)
/// that shared passages of at least two words cover.
public struct ReuseThresholds: Sendable, Hashable, Codable {
    /// `copied`: the best central task covers at least this share of the local task, and the
    /// local task at least this share of it.
    public var copied: Double
    /// `adapted`: the matched central tasks together cover at least this share of the local task …
    public var adaptedLocal: Double
    /// … or the local task covers at least this share of the best central task (a central task
    /// taken up inside a longer local one).
    public var adaptedCentral: Double
    /// Either way, at least this many characters must be shared (short headings share little by chance).
    public var minimumSharedWeight: Int
    /// A second central task joins the matches of a merged local task when it covers at least this
    /// share of the local words the first did not …
    public var mergeLocal: Double
    /// … and at least this share of its own words appear in the local task.
    public var mergeCentral: Double
    /// Scores closer than this are ties, broken by the tasks' relative position in their documents.
    public var tie: Double
    /// Central tasks scored precisely per local task (the best by the word-pair index).
    public var candidates: Int
    /// The shortest shared passage counted, in words.
    public var minimumPassage: Int
    /// `adapted` also when a task's heading line (its name) scores at least this against the central task's …
    public var adaptedHeading: Double
    /// … sharing at least this many characters.
    public var minimumHeadingWeight: Int
    /// A heading score counts this much against a text score when ranking candidates.
    public var headingWeight: Double

    /// The defaults (Docs/Reuse.md).
    public init(copied: Double = 0.8, adaptedLocal: Double = 0.2, adaptedCentral: Double = 0.5,
                minimumSharedWeight: Int = 8, mergeLocal: Double = 0.2, mergeCentral: Double = 0.5,
                tie: Double = 0.02, candidates: Int = 8, minimumPassage: Int = 2,
                adaptedHeading: Double = 0.6, minimumHeadingWeight: Int = 4, headingWeight: Double = 0.5) {
        self.copied = copied
        self.adaptedLocal = adaptedLocal
        self.adaptedCentral = adaptedCentral
        self.minimumSharedWeight = minimumSharedWeight
        self.mergeLocal = mergeLocal
        self.mergeCentral = mergeCentral
        self.tie = tie
        self.candidates = candidates
        self.minimumPassage = minimumPassage
        self.adaptedHeading = adaptedHeading
        self.minimumHeadingWeight = minimumHeadingWeight
        self.headingWeight = headingWeight
    }
}
