// NodeMove.swift: nodes moved from one list onto the end of another without
// a copy. Swift's arrays have no such move: `list += more` retains every
// string and list inside every node, and freeing `more` releases them again.
// Here each node is moved out of `more`'s buffer and a blank node (empty
// strings and lists, which are not counted references) is left in its
// place, so that `more` can still be freed as an ordinary array.

enum NodeMove {
  /// Appends `more` to `list` and leaves `more` empty. An empty `list` takes
  /// `more`'s buffer whole; otherwise `list` grows by doubling at least
  /// once (appending a large list grew the array step by step).
  static func move<Node>(_ more: inout [Node], onto list: inout [Node], blank: Node) {
    guard !list.isEmpty else {
      swap(&list, &more)
      more = []
      return
    }
    let needed = list.count + more.count
    if needed > list.capacity { list.reserveCapacity(max(needed, 2 * list.capacity)) }
    more.withUnsafeMutableBufferPointer { buffer in
      list.append(contentsOf: MovedOut(buffer: buffer, blank: blank))
    }
    more = []
  }

  static let report = Report(id: "", title: "", source: "")
  static let section = Section(id: "", report: "", path: "", title: "")
  static let indicator = Indicator(
    id: "", report: "", section: "", name: "", value: 0, unit: "", kind: .other, part: .review,
    span: "")
  static let target = Target(id: "", report: "", section: "", area: "", span: "")
  static let place = Place(id: "", report: "", name: "", type: .county, mentions: 0)
  static let project = Project(id: "", report: "", name: "", kind: "")
  static let organization = Organization(id: "", report: "", name: "")
  static let reconciliation = Reconciliation(id: "", target: "", result: nil, verdict: .notStated)
  static let junk = Junk(id: "", report: "", text: "", reason: .navigation, line: 0)
  static let edge = Edge(from: "", to: "", rel: .contains)
}

/// The nodes of a buffer, each moved out as it is taken and a blank left
/// behind. Used only inside the `withUnsafeMutableBufferPointer` it is made in.
private struct MovedOut<Node>: Sequence, IteratorProtocol {
  let buffer: UnsafeMutableBufferPointer<Node>
  let blank: Node
  var index = 0

  init(buffer: UnsafeMutableBufferPointer<Node>, blank: Node) {
    self.buffer = buffer
    self.blank = blank
  }

  var underestimatedCount: Int { buffer.count - index }

  mutating func next() -> Node? {
    guard index < buffer.count, let base = buffer.baseAddress else { return nil }
    let slot = base + index
    index += 1
    let node = slot.move()
    slot.initialize(to: blank)
    return node
  }
}
