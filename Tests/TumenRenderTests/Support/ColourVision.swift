import Foundation
import TumenRender

/// Colour science for the palette tests: what an ANSI colour typically looks like, how it
/// looks to a reader with deuteranopia or protanopia, and how far apart two colours are.
///
/// A terminal chooses the RGB of its 16 colours, so four common palettes stand in for
/// "typical": xterm's defaults, the VGA text-mode colours (the Linux console, PuTTY),
/// GNOME's Tango, and VS Code's, which the SVG pictures (and so the README) are drawn in.
/// Colour blindness is simulated with the matrices of Machado, Oliveira and Fernandes
/// (2009) at full severity, applied to linear RGB. Distances are CIEDE2000 (ΔE00) in
/// CIELAB under D65.
enum ColourVision {
    enum Vision: String, CaseIterable {
        case normal, deuteranopia, protanopia
    }

    /// The 16 colours in `Color` order: black, red, green, yellow, blue, magenta, cyan,
    /// white, then the bright eight.
    static let palettes: [(name: String, rgb: [(Double, Double, Double)])] = [
        (
            "xterm",
            [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
                (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
                (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
        ),
        (
            "VGA",
            [
                (0, 0, 0), (170, 0, 0), (0, 170, 0), (170, 85, 0), (0, 0, 170), (170, 0, 170), (0, 170, 170),
                (170, 170, 170), (85, 85, 85), (255, 85, 85), (85, 255, 85), (255, 255, 85), (85, 85, 255),
                (255, 85, 255), (85, 255, 255), (255, 255, 255),
            ]
        ),
        (
            "Tango",
            [
                (0, 0, 0), (204, 0, 0), (78, 154, 6), (196, 160, 0), (52, 101, 164), (117, 80, 123), (6, 152, 154),
                (211, 215, 207), (85, 87, 83), (239, 41, 41), (138, 226, 52), (252, 233, 79), (114, 159, 207),
                (173, 127, 168), (52, 226, 226), (238, 238, 236),
            ]
        ),
        (
            "VS Code",
            Color.allCases.prefix(16).map { color in
                let hex = Array(SVGPalette.hex(color, default: "#000000").dropFirst())
                let value = { (i: Int) in Double(Int(String(hex[i..<i + 2]), radix: 16) ?? 0) }
                return (value(0), value(2), value(4))
            }
        ),
    ]

    static func rgb(_ color: Color, palette: Int) -> (Double, Double, Double)? {
        let index = Int(color.rawValue)
        return index < 16 ? palettes[palette].rgb[index] : nil
    }

    /// sRGB (0–255) to linear light (0–1).
    static func linear(_ rgb: (Double, Double, Double)) -> [Double] {
        [rgb.0, rgb.1, rgb.2].map { value in
            let c = value / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
    }

    /// Machado et al. 2009, severity 1.0.
    static let matrices: [Vision: [[Double]]] = [
        .normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
        .deuteranopia: [
            [0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881],
        ],
        .protanopia: [
            [0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998],
        ],
    ]

    static func simulate(_ linear: [Double], _ vision: Vision) -> [Double] {
        let m = matrices[vision]!
        return m.map { row in min(1, max(0, row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])) }
    }

    /// Linear sRGB to CIELAB (D65).
    static func lab(_ linear: [Double]) -> (l: Double, a: Double, b: Double) {
        let x = (0.4124564 * linear[0] + 0.3575761 * linear[1] + 0.1804375 * linear[2]) / 0.95047
        let y = 0.2126729 * linear[0] + 0.7151522 * linear[1] + 0.0721750 * linear[2]
        let z = (0.0193339 * linear[0] + 0.1191920 * linear[1] + 0.9503041 * linear[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    static func lab(_ color: Color, palette: Int, vision: Vision) -> (l: Double, a: Double, b: Double)? {
        rgb(color, palette: palette).map { lab(simulate(linear($0), vision)) }
    }

    /// CIEDE2000 (Sharma, Wu and Dalal's formulation).
    static func deltaE2000(_ one: (l: Double, a: Double, b: Double), _ two: (l: Double, a: Double, b: Double)) -> Double
    {
        func degrees(_ radians: Double) -> Double { radians * 180 / .pi }
        func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
        let c1 = hypot(one.a, one.b)
        let c2 = hypot(two.a, two.b)
        let cMean = (c1 + c2) / 2
        let g = 0.5 * (1 - sqrt(pow(cMean, 7) / (pow(cMean, 7) + pow(25, 7))))
        let a1 = (1 + g) * one.a
        let a2 = (1 + g) * two.a
        let c1p = hypot(a1, one.b)
        let c2p = hypot(a2, two.b)
        func hue(_ b: Double, _ a: Double) -> Double {
            guard a != 0 || b != 0 else { return 0 }
            let h = degrees(atan2(b, a))
            return h < 0 ? h + 360 : h
        }
        let h1 = hue(one.b, a1)
        let h2 = hue(two.b, a2)
        let dL = two.l - one.l
        let dC = c2p - c1p
        var dh = 0.0
        if c1p * c2p != 0 {
            dh = h2 - h1
            if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        }
        let dH = 2 * sqrt(c1p * c2p) * sin(radians(dh / 2))
        let lMean = (one.l + two.l) / 2
        let cpMean = (c1p + c2p) / 2
        var hMean = h1 + h2
        if c1p * c2p != 0 {
            if abs(h1 - h2) <= 180 {
                hMean = (h1 + h2) / 2
            } else if h1 + h2 < 360 {
                hMean = (h1 + h2 + 360) / 2
            } else {
                hMean = (h1 + h2 - 360) / 2
            }
        }
        let t =
            1 - 0.17 * cos(radians(hMean - 30)) + 0.24 * cos(radians(2 * hMean))
            + 0.32 * cos(radians(3 * hMean + 6)) - 0.20 * cos(radians(4 * hMean - 63))
        let dTheta = 30 * exp(-pow((hMean - 275) / 25, 2))
        let rC = 2 * sqrt(pow(cpMean, 7) / (pow(cpMean, 7) + pow(25, 7)))
        let sL = 1 + 0.015 * pow(lMean - 50, 2) / sqrt(20 + pow(lMean - 50, 2))
        let sC = 1 + 0.045 * cpMean
        let sH = 1 + 0.015 * cpMean * t
        let rT = -sin(radians(2 * dTheta)) * rC
        return sqrt(pow(dL / sL, 2) + pow(dC / sC, 2) + pow(dH / sH, 2) + rT * (dC / sC) * (dH / sH))
    }

    /// WCAG contrast ratio between two colours of a palette (1 to 21).
    static func contrast(_ one: Color, _ two: Color, palette: Int) -> Double? {
        guard let a = rgb(one, palette: palette), let b = rgb(two, palette: palette) else { return nil }
        func luminance(_ rgb: (Double, Double, Double)) -> Double {
            let l = linear(rgb)
            return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
