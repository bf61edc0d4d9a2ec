/// The co-responsibility network as GraphML (图文件), which networkx (`read_graphml`) and Gephi open:
/// one node per canonical department (with its task counts), one undirected edge per pair.
public enum GraphML {
    /// The document for `nodes` (the `departments` table: department, tasks, lead, responsible, support,
    /// documents) and `edges` (the `network` table: source, target, weight, lead, support).
    public static func document(nodes: ResultTable, edges: ResultTable) -> [UInt8] {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="tasks" for="node" attr.name="tasks" attr.type="int"/>
          <key id="nlead" for="node" attr.name="lead" attr.type="int"/>
          <key id="nresponsible" for="node" attr.name="responsible" attr.type="int"/>
          <key id="nsupport" for="node" attr.name="support" attr.type="int"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="lead" for="edge" attr.name="lead" attr.type="int"/>
          <key id="support" for="edge" attr.name="support" attr.type="int"/>
          <graph id="departments" edgedefault="undirected">

        """
        var known = Set<String>()
        for row in nodes.rows {
            let name = row[0].description
            known.insert(name)
            out += "    <node id=\"\(escape(name))\"><data key=\"tasks\">\(row[1])</data><data key=\"nlead\">\(row[2])</data>"
            out += "<data key=\"nresponsible\">\(row[3])</data><data key=\"nsupport\">\(row[4])</data></node>\n"
        }
        for row in edges.rows {
            for name in [row[0].description, row[1].description] where !known.contains(name) {
                known.insert(name)
                out += "    <node id=\"\(escape(name))\"/>\n"
            }
        }
        for (i, row) in edges.rows.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"\(escape(row[0].description))\" target=\"\(escape(row[1].description))\">"
            out += "<data key=\"weight\">\(row[2])</data><data key=\"lead\">\(row[3])</data><data key=\"support\">\(row[4])</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Array(out.utf8)
    }

    /// Text escaped for an XML attribute; control characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" { continue }
                if c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
