extension RawDocument {
    /// The metadata of a document, the fields nearly every JSON Lines record has
    /// (`id`, `date`, `title`, `source`) held apart from the rest.
    ///
    /// Reading a large corpus makes one of these per record: held apart, the
    /// common fields need no dictionary (no allocation, no hashing), and the
    /// ingestor takes them as they are instead of looking them up. A field is
    /// always where its name puts it, so two equal metadata dictionaries make
    /// equal `Fields`.
    struct Fields: Sendable, Hashable {
        var id: Optional<String>
        var date: Optional<String>
        var title: Optional<String>
        var source: Optional<String>
        /// Every other field, by name.
        var others: [String: String]

        /// No fields. Every stored property is set here, none by a default value
        /// (nor the implicit nil of a stored `T?`): with defaults the optimizer
        /// built the fields twice and copied them, per record.
        init() {
            id = nil
            date = nil
            title = nil
            source = nil
            others = [:]
        }

        init(_ dictionary: [String: String]) {
            self.init()
            for (name, value) in dictionary { self[name] = value }
        }

        /// The field called `name`.
        subscript(name: String) -> String? {
            get {
                switch name {
                case "id": id
                case "date": date
                case "title": title
                case "source": source
                default: others[name]
                }
            }
            set {
                switch name {
                case "id": id = newValue
                case "date": date = newValue
                case "title": title = newValue
                case "source": source = newValue
                default: others[name] = newValue
                }
            }
        }

        /// All the fields, by name.
        var dictionary: [String: String] {
            var all = others
            if let id { all["id"] = id }
            if let date { all["date"] = date }
            if let title { all["title"] = title }
            if let source { all["source"] = source }
            return all
        }
    }
}
