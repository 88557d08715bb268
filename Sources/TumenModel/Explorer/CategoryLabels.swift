import TumenData

/// How a category is named on screen besides its colour: its tag (`POL`), which the
/// event list shows on every row, and the lane name that spells the tag out.
extension ExplorerState {
    /// A dataset with one category has nothing to tell apart: no tags then.
    public var showsCategoryTags: Bool { dataset.categories.count > 1 }

    /// The tag of category `ordinal`, padded to the tag column's width.
    public func paddedTag(_ ordinal: Int) -> String {
        let tag = categoryTags.indices.contains(ordinal) ? categoryTags[ordinal] : ""
        return tag + String(repeating: " ", count: max(0, CategoryTags.maximumWidth - DisplayWidth.of(tag)))
    }

    /// "POL Policy": the lane name, so the tags in the list read at a glance.
    public func laneLabel(_ ordinal: Int) -> String {
        let name = dataset.categories.indices.contains(ordinal) ? dataset.categories[ordinal].name : ""
        return showsCategoryTags ? paddedTag(ordinal) + " " + name : name
    }
}
