import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file parsed as XML, reduced to what the tests look at.
struct SVGDocument {
    /// Whether the bytes are well-formed XML.
    var isWellFormed = false
    var elementNames: [String] = []
    /// `id` attributes, in document order.
    var ids: [String] = []
    /// The text of each `<text>` element.
    var texts: [String] = []
    /// Every `xlink:title` (tooltip) attribute.
    var tooltips: [String] = []
    var classes: [String] = []

    init(_ data: Data) {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        isWellFormed = parser.parse()
        elementNames = delegate.elementNames
        ids = delegate.ids
        texts = delegate.texts
        tooltips = delegate.tooltips
        classes = delegate.classes
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elementNames: [String] = []
        var ids: [String] = []
        var texts: [String] = []
        var tooltips: [String] = []
        var classes: [String] = []
        private var currentText: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            elementNames.append(name)
            if let id = attributes["id"] { ids.append(id) }
            if let title = attributes["xlink:title"] { tooltips.append(title) }
            if let names = attributes["class"] { classes.append(names) }
            if name == "text" { currentText = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            currentText?.append(string)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text = currentText {
                texts.append(text)
                currentText = nil
            }
        }
    }
}

/// The width and height of a PNG, from its IHDR chunk.
struct PNGSize: Equatable {
    var width: Int
    var height: Int

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, Array(bytes[0..<8]) == Self.signature, bytes[12...15].elementsEqual("IHDR".utf8) else { return nil }
        func integer(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        width = integer(16)
        height = integer(20)
    }
}
