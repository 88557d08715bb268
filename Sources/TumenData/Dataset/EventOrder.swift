/// The timeline's order, used by the explorer, the presenter and the exports: by
/// date (`EventDate.<`), ties in file order.
///
/// Each event becomes a key of plain integers that sorts the same way as its date,
/// so sorting 100,000 events compares integers instead of optionals and strings.
package enum EventOrder {
    struct Key: Comparable {
        var startYear: Int
        /// Month and day packed as month * 32 + day; 0 where the date gives neither.
        var startMonthDay: Int
        /// 0 for a point in time, which sorts before a period starting with it.
        var hasEnd: Int
        var endYear: Int
        var endMonthDay: Int
        var index: Int

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.startYear, lhs.startMonthDay, lhs.hasEnd, lhs.endYear, lhs.endMonthDay, lhs.index)
                < (rhs.startYear, rhs.startMonthDay, rhs.hasEnd, rhs.endYear, rhs.endMonthDay, rhs.index)
        }
    }

    static func monthDay(_ date: HistoricDate) -> Int { (date.month ?? 0) * 32 + (date.day ?? 0) }

    /// Indices into `events` in timeline order.
    static func sorted(_ events: [Event]) -> [Int] {
        var keys: [Key] = []
        keys.reserveCapacity(events.count)
        for (index, event) in events.enumerated() {
            let date = event.date
            let end = date.end
            keys.append(
                Key(
                    startYear: date.start.year, startMonthDay: monthDay(date.start), hasEnd: end == nil ? 0 : 1,
                    endYear: end?.year ?? 0, endMonthDay: end.map(monthDay) ?? 0, index: index))
        }
        keys.sort()
        return keys.map(\.index)
    }

    /// Puts `events` in timeline order where they are. When the caller hands over the
    /// only reference to the array, events are swapped, never copied: copying 100,000
    /// events touches every string they hold and was most of the explorer's start-up.
    package static func sortInPlace(_ events: inout [Event]) {
        let order = sorted(events)
        guard order.indices.contains(where: { order[$0] != $0 }) else { return }
        // Follow each cycle of the permutation: position k receives the event now at order[k].
        // Swapped through a buffer pointer, which moves the bytes: `Array.swapAt`
        // copies each event (retaining its strings) and then destroys the copy.
        var placed = [Bool](repeating: false, count: order.count)
        events.withUnsafeMutableBufferPointer { buffer in
            for start in order.indices where !placed[start] {
                var position = start
                while true {
                    placed[position] = true
                    let source = order[position]
                    if source == start { break }
                    buffer.swapAt(position, source)
                    position = source
                }
            }
        }
    }
}
