// ResultList.swift: the rows (or row ids) of a result, held or made on demand.
// A listing of 43,000 targets over 1,000 reports spent most of its first run
// making every row's values (labels, figures, lists) before anything could
// show one (issue 15: a first run <= 20 ms). A listing now keeps the rows it
// chose and makes a row's values when a renderer or export reads it, so that
// a streaming format holds one row at a time and a count or a page of the
// answer costs only the rows it shows. Values are made again on each read:
// the graph does not change under a result, so a row reads the same each time.
import BaogaoGraph

public struct ResultList<Element: Sendable & Hashable>: RandomAccessCollection, Sendable,
  Hashable, ExpressibleByArrayLiteral
{
  enum Storage: Sendable {
    case held([Element])
    case made(count: Int, element: @Sendable (Int) -> Element)
  }
  let storage: Storage

  public init(_ elements: [Element]) { storage = .held(elements) }
  public init(arrayLiteral elements: Element...) { storage = .held(elements) }

  /// `count` elements, the i-th made by `element(i)` each time it is read.
  public init(count: Int, element: @escaping @Sendable (Int) -> Element) {
    storage = .made(count: count, element: element)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int {
    switch storage {
    case .held(let elements): elements.count
    case .made(let count, _): count
    }
  }

  public subscript(position: Int) -> Element {
    switch storage {
    case .held(let elements): elements[position]
    case .made(_, let element): element(position)
    }
  }

  public static func == (a: ResultList, b: ResultList) -> Bool {
    a.count == b.count && a.elementsEqual(b)
  }

  public static func == (a: ResultList, b: [Element]) -> Bool {
    a.count == b.count && a.elementsEqual(b)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for element in self { hasher.combine(element) }
  }

  /// The elements from `start` for at most `count`, as a list of the same
  /// kind: a page of a made list is made too.
  func slice(from start: Int, count: Int) -> ResultList {
    let start = Swift.min(Swift.max(start, 0), self.count)
    let count = Swift.min(Swift.max(count, 0), self.count - start)
    switch storage {
    case .held(let elements): return ResultList(Array(elements[start..<start + count]))
    case .made(_, let element): return ResultList(count: count) { element(start + $0) }
    }
  }
}
