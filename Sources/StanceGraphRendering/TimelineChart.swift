import StanceGraphDiff
import StanceGraphModel

/// Draws the followed actor of a `Timeline` as a line chart in SVG: its value of
/// the timeline's metric in every period, with its rank in each point's tooltip.
///
/// Written directly (no Graphviz, which draws networks, not charts). Periods are
/// evenly spaced along the x axis in time order; a period where the actor is not
/// in the graph breaks the line. All text is XML-escaped and every number is
/// written with at most two decimals, so the same timeline gives the same bytes.
public struct TimelineChart: Sendable {
    public var width: Double
    public var height: Double
    public var title: String?

    public init(width: Double = 760, height: Double = 360, title: String? = nil) {
        self.width = max(240, width)
        self.height = max(160, height)
        self.title = title
    }

    /// The chart, or nil when the timeline follows no actor.
    public func svg(_ timeline: Timeline) -> String? {
        guard let actor = timeline.actor else { return nil }
        let metric = timeline.metric.rawValue
        let left = 64.0, right = 24.0, top = 56.0, bottom = 64.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let periods = timeline.periods
        let largest = periods.compactMap { $0.actor?.value }.filter(\.isFinite).max() ?? 0
        let (step, ceiling) = Self.ticks(for: largest)

        func x(_ index: Int) -> Double {
            periods.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(periods.count - 1)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (ceiling > 0 ? value / ceiling : 0)) }

        var svg: [String] = []
        svg.append(##"<?xml version="1.0" encoding="UTF-8"?>"##)
        svg.append(##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(Self.n(width))" height="\##(Self.n(height))" viewBox="0 0 \##(Self.n(width)) \##(Self.n(height))" font-family="DejaVu Sans, sans-serif" class="stancegraph-timeline-chart">"##)
        svg.append(##"<rect width="100%" height="100%" fill="#ffffff"/>"##)
        let heading = title ?? "\(actor.name): \(metric) by \(timeline.granularity.rawValue)"
        svg.append(##"<text x="\##(Self.n(left))" y="26" font-size="16" font-weight="bold">\##(Self.escaped(heading))</text>"##)
        let subtitle = "\(timeline.view.description)\(timeline.cumulative ? "; cumulative" : "") · hover a point for its rank"
        svg.append(##"<text x="\##(Self.n(left))" y="44" font-size="11" fill="#555555">\##(Self.escaped(subtitle))</text>"##)

        // Axes and grid.
        svg.append(##"<g class="grid" stroke="#e0e0e0" stroke-width="1">"##)
        var tick = 0.0
        while tick <= ceiling + step / 2 {
            svg.append(##"<line x1="\##(Self.n(left))" y1="\##(Self.n(y(tick)))" x2="\##(Self.n(left + plotWidth))" y2="\##(Self.n(y(tick)))"/>"##)
            tick += step
        }
        svg.append("</g>")
        svg.append(##"<g class="y-axis" font-size="10" fill="#444444" text-anchor="end">"##)
        tick = 0
        while tick <= ceiling + step / 2 {
            svg.append(##"<text x="\##(Self.n(left - 8))" y="\##(Self.n(y(tick) + 3.5))">\##(Self.label(tick))</text>"##)
            tick += step
        }
        svg.append(##"<text x="16" y="\##(Self.n(top + plotHeight / 2))" transform="rotate(-90 16 \##(Self.n(top + plotHeight / 2)))" text-anchor="middle" font-size="11">\##(Self.escaped(metric))</text>"##)
        svg.append("</g>")
        svg.append(##"<line x1="\##(Self.n(left))" y1="\##(Self.n(top + plotHeight))" x2="\##(Self.n(left + plotWidth))" y2="\##(Self.n(top + plotHeight))" stroke="#444444"/>"##)

        // Period labels, thinned to about a dozen.
        let every = max(1, Int((Double(periods.count) / 12).rounded(.up)))
        svg.append(##"<g class="x-axis" font-size="10" fill="#444444" text-anchor="middle">"##)
        let last = periods.count - 1
        for index in periods.indices where index % every == 0 || (index == last && last % every >= max(1, every / 2)) {
            svg.append(##"<text x="\##(Self.n(x(index)))" y="\##(Self.n(top + plotHeight + 18))">\##(Self.escaped(periods[index].label))</text>"##)
        }
        svg.append("</g>")

        // The line, broken where the actor is absent, and a point per period it is in.
        var runs: [[Int]] = []
        var current: [Int] = []
        for index in periods.indices {
            if periods[index].actor != nil {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        let color = "#2166ac"
        for run in runs where run.count > 1 {
            let points = run.compactMap { index in periods[index].actor.map { "\(Self.n(x(index))),\(Self.n(y($0.value)))" } }
            svg.append(##"<polyline class="series" fill="none" stroke="\##(color)" stroke-width="2" points="\##(points.joined(separator: " "))"/>"##)
        }
        svg.append(##"<g class="points" fill="\##(color)">"##)
        for index in periods.indices {
            guard let position = periods[index].actor else { continue }
            let tip = "\(periods[index].label): \(metric) \(Self.label(position.value)), rank \(position.rank) of \(position.of)"
            svg.append(##"<circle cx="\##(Self.n(x(index)))" cy="\##(Self.n(y(position.value)))" r="3.5"><title>\##(Self.escaped(tip))</title></circle>"##)
        }
        svg.append("</g>")
        let absent = periods.filter { $0.actor == nil }.count
        if absent > 0 {
            let note = "\(absent) of \(periods.count) periods without \(actor.name): the line breaks there"
            svg.append(##"<text x="\##(Self.n(left))" y="\##(Self.n(height - 12))" font-size="10" fill="#777777">\##(Self.escaped(note))</text>"##)
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// A tick step of 1, 2 or 5 times a power of ten giving about five ticks, and
    /// the top of the axis (a multiple of it).
    static func ticks(for largest: Double) -> (step: Double, ceiling: Double) {
        guard largest > 0, largest.isFinite else { return (1, 1) }
        let rough = largest / 5
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        return (step, (largest / step).rounded(.up) * step)
    }

    /// A coordinate with at most two decimals.
    static func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    /// A value as the axis and tooltips show it: whole numbers plainly, else up to four decimals.
    static func label(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e12 { return String(Int(value)) }
        let rounded = (value * 10_000).rounded() / 10_000
        return String(rounded)
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in DiagramText.oneLine(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
