import Foundation
import TumenData
import TumenFiles
import TumenModel
import TumenRender

/// `tumen-bench soak`: random keys (every key in the command table, random characters,
/// mouse clicks and wheel) and random resizes from 10x5 to 300x100, through the reducer
/// and the renderer, with the resident memory printed as it goes. Fails when memory
/// keeps growing after the warm-up, or when a screen is not the size asked for.
enum Soak {
    static func run(dataset: Dataset, keys total: Int, seed: UInt64, renderEvery: Int) throws {
        var random = SplitMix(seed: seed)
        let tableKeys = Array(Set(KeyBindings.commands.flatMap(\.keys)))
        var state = ExplorerState(dataset: dataset, size: Size(width: 100, height: 30), showContentNote: true)
        let themes = [Theme.dark(unicode: true), Theme.dark(), Theme.mono()]
        let context = RenderContext(loadingBasemap: { .standard })
        let report = max(1, total / 10)
        var warm: Double?
        let start = Clock.now()
        print("keys       seconds  resident MB")
        for n in 1...total {
            let roll = random.next() % 100
            if roll < 2 {
                let size = Size(width: 10 + Int(random.next() % 291), height: 5 + Int(random.next() % 96))
                state.apply(Action.resize(size))
            } else if roll < 6 {
                let kinds: [MouseEvent.Kind] = [.click, .wheelUp, .wheelDown]
                state.press(
                    .mouse(
                        MouseEvent(
                            kind: kinds[Int(random.next() % 3)], column: Int(random.next() % 320),
                            row: Int(random.next() % 110))))
            } else if roll < 12 {
                state.press(.character(Character(Unicode.Scalar(UInt8(32 + random.next() % 95)))))
            } else {
                let key = tableKeys[Int(random.next() % UInt64(tableKeys.count))]
                // q and Ctrl-C would end the app; a soak goes on, leaving the effect undone.
                state.press(key)
            }
            if n % renderEvery == 0 {
                let screen = RootView.render(state, theme: themes[n % themes.count], context: context)
                guard screen.size == state.size else {
                    throw BenchError("key \(n): a \(screen.size) screen for a \(state.size) window")
                }
            }
            if n % report == 0 {
                let resident = Clock.currentMegabytes()
                print(String(format: "%-10d %7.1f  %6.1f", n, Clock.now() - start, resident))
                if warm == nil { warm = resident }
            }
        }
        let end = Clock.currentMegabytes()
        if let warm, end > warm + 16 {
            throw BenchError(String(format: "memory grew from %.1f MB after warm-up to %.1f MB", warm, end))
        }
        print(
            String(
                format: "soak: %d keys in %.1f s (%.1f µs a key), memory flat (%.1f → %.1f MB)",
                total, Clock.now() - start, (Clock.now() - start) * 1e6 / Double(total), warm ?? end, end))
    }
}
