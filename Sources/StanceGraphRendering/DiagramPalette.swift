import StanceGraphModel

/// The colours and shapes StanceGraph draws stances and actors with.
///
/// Edge colours are chosen for colour-blind readers: cooperative stances are
/// blues and greens, hostile ones reds, oranges and magentas, so the main
/// distinction (a blue–orange axis) survives every common form of colour
/// blindness (Okabe & Ito 2008; ColorBrewer, Harrower & Brewer 2003).
/// Consultation, which is neither, is grey. Within each family the hues differ
/// in lightness as well as hue, and the legend, dashes and tooltips carry the
/// same information, so colour is never the only cue.
public struct DiagramPalette: Sendable, Hashable {
    /// The look of one kind of actor.
    public struct ActorStyle: Sendable, Hashable {
        public var shape: NodeShape
        public var fill: DiagramColor
        public var stroke: DiagramColor

        public init(shape: NodeShape, fill: DiagramColor, stroke: DiagramColor) {
            self.shape = shape
            self.fill = fill
            self.stroke = stroke
        }
    }

    public var stanceColors: [Stance: DiagramColor]
    public var actorStyles: [EntityType: ActorStyle]
    /// Cluster boxes (a country's people).
    public var clusterFill: DiagramColor
    public var clusterStroke: DiagramColor
    /// Text on nodes.
    public var fontColor: DiagramColor

    public init(
        stanceColors: [Stance: DiagramColor], actorStyles: [EntityType: ActorStyle],
        clusterFill: DiagramColor, clusterStroke: DiagramColor, fontColor: DiagramColor
    ) {
        self.stanceColors = stanceColors
        self.actorStyles = actorStyles
        self.clusterFill = clusterFill
        self.clusterStroke = clusterStroke
        self.fontColor = fontColor
    }

    public func color(of stance: Stance) -> DiagramColor {
        stanceColors[stance] ?? DiagramColor(red: 0x66, green: 0x66, blue: 0x66)
    }

    public func style(of type: EntityType) -> ActorStyle {
        actorStyles[type] ?? ActorStyle(shape: .ellipse, fill: .white, stroke: DiagramColor(red: 0x44, green: 0x44, blue: 0x44))
    }

    private static func rgb(_ value: UInt32) -> DiagramColor {
        DiagramColor(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// The default palette.
    public static let standard = DiagramPalette(
        stanceColors: [
            .cooperation: rgb(0x2166AC),   // blue
            .support: rgb(0x1B9E77),       // bluish green
            .agreement: rgb(0x56B4E9),     // sky blue
            .consultation: rgb(0x8C8C8C),  // grey
            .concern: rgb(0xE69F00),       // orange
            .demand: rgb(0xB35806),        // brown-orange
            .condemnation: rgb(0xD55E00),  // vermilion
            .threat: rgb(0xCC79A7),        // reddish purple
            .sanction: rgb(0xB2182B),      // crimson
            .conflict: rgb(0x67001F),      // dark red
            .denial: rgb(0x8E0152),        // magenta
        ],
        actorStyles: [
            .person: ActorStyle(shape: .ellipse, fill: rgb(0xFDF3D8), stroke: rgb(0x9A7B2C)),
            .country: ActorStyle(shape: .roundedBox, fill: rgb(0xE4ECF6), stroke: rgb(0x3C5A82)),
            .organization: ActorStyle(shape: .hexagon, fill: rgb(0xE5F2E8), stroke: rgb(0x3D7050)),
            .agreement: ActorStyle(shape: .note, fill: rgb(0xF1E9F6), stroke: rgb(0x6D4C7D)),
            .place: ActorStyle(shape: .octagon, fill: rgb(0xF0F0F0), stroke: rgb(0x707070)),
        ],
        clusterFill: rgb(0xF7F9FC),
        clusterStroke: rgb(0xB8C4D6),
        fontColor: rgb(0x1A1A1A)
    )
}
