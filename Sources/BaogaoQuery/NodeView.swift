// NodeView.swift: what `show` knows about one node, for every output format:
// its fields (the export's, from the schema table), the section path it
// stands in, the sentence it was read from with its span, where the report
// first mentions a named thing, and its neighbours by edge. The shell's
// renderers lay it out (a page in table mode, one object in JSON); other
// formats print the field/value rows of the result table.
import BaogaoGraph

/// One node with everything about it.
public struct NodeView: Sendable, Hashable {
  /// A field: its value as the export writes it (links as ids), and for links
  /// each id with the linked node's name (`P3 金塘镇`).
  public struct Field: Sendable, Hashable {
    public var name: String
    public var value: Value
    public var labels: [String]?
  }

  /// A linked node, with the edge's relation and direction.
  public struct Neighbour: Sendable, Hashable {
    /// True for an edge from this node, false for one into it.
    public var isOutgoing: Bool
    public var relation: Relation
    public var id: String
    public var name: String
  }

  /// Where the report first mentions a named thing (a place, a project).
  public struct Mention: Sendable, Hashable {
    public var sectionPath: String
    public var sentence: String
    /// The text found in the sentence: the name, or its longest beginning.
    public var found: String
  }

  public var id: String
  public var kind: NodeKind
  public var fields: [Field]
  /// The titles of the sections the node stands in, outermost first.
  public var sectionPath: String?
  /// The sentence the node was read from, and its span in it.
  public var sentence: String?
  public var span: String?
  /// A reconciliation's result: the next year's sentence and the result's span
  /// in it (the target's are `sentence` and `span`), to read side by side.
  public var resultSentence: String?
  public var resultSpan: String?
  public var firstMention: Mention?
  public var neighbours: [Neighbour]
}
