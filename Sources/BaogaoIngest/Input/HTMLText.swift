// HTMLText.swift: a report saved as the whole web page (view source, "save
// as HTML") instead of its text. Without this the tags would be one giant
// paragraph of markup and the graph empty. The page's text is taken out:
// scripts, styles and comments dropped, block tags (p, div, br, h1–h6, li,
// tr, td, title) made line ends, other tags dropped, character references
// decoded. What is left is cleaned like any scraped text (Clean.swift drops
// the navigation and footers).

enum HTMLText {
  /// True when the text is an HTML page: it starts (after white space) with
  /// `<!DOCTYPE html`, `<html`, `<head` or `<body`, in any case.
  static func isPage(_ text: String) -> Bool {
    let start = text.utf8.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    let head = String(decoding: start.prefix(16), as: UTF8.self).lowercased()
    return ["<!doctype html", "<html", "<head", "<body", "<?xml"].contains { head.hasPrefix($0) }
      && (text.contains("</") || text.contains("<br"))
  }

  /// Elements whose content is not text.
  static let hiddenElements = ["script", "style", "noscript", "template"]
  /// Elements that end a line.
  static let blockElements: Set<String> = [
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "title",
    "table", "section", "article", "header", "footer", "ul", "ol", "dd", "dt", "hr",
  ]

  /// The page's text, one block per line.
  static func text(ofPage page: String) -> String {
    let scalars = Array(page.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "&", let (decoded, end) = reference(scalars, at: index) {
        out.append(decoded)
        index = end
        continue
      }
      guard scalar == "<" else {
        // Line ends in the source are layout, not text.
        out.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
        index += 1
        continue
      }
      if starts(scalars, at: index, with: "<!--") {
        index = find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
        continue
      }
      let (name, end) = tag(scalars, at: index)
      index = end
      if hiddenElements.contains(name) {
        index = find(scalars, "</" + name, from: index, ignoringCase: true) ?? scalars.count
        index = find(scalars, ">", from: index).map { $0 + 1 } ?? scalars.count
      } else if blockElements.contains(name) {
        out.append("\n")
      }
    }
    return String(out)
  }

  /// The lowercased name of the tag at `index` (`p` for `<p class=…>` and
  /// `</p>`) and the index after its `>`.
  static func tag(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int) {
    var i = index + 1
    if i < scalars.count, scalars[i] == "/" { i += 1 }
    var name = ""
    while i < scalars.count, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])
    {
      name.unicodeScalars.append(scalars[i])
      i += 1
    }
    let end = find(scalars, ">", from: i).map { $0 + 1 } ?? scalars.count
    return (name.lowercased(), end)
  }

  static let namedReferences: [String: Unicode.Scalar] = [
    "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“",
    "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…",
    "middot": "·", "times": "×", "deg": "°", "permil": "‰", "copy": "©", "ensp": " ",
    "emsp": "\u{3000}",
  ]

  /// The longest reference read after `&`: `#x2014` is 6, `hellip` 6; a
  /// longer run with no `;` is text, not a reference.
  static let maxReference = 10

  /// A character reference (`&amp;`, `&#20013;`, `&#x4E2D;`) and the index
  /// after it; nil when the `&` starts none.
  static func reference(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
    var i = index + 1
    var name = ""
    while i < scalars.count, i - index <= maxReference, scalars[i] != ";" {
      name.unicodeScalars.append(scalars[i])
      i += 1
    }
    guard i < scalars.count, scalars[i] == ";", !name.isEmpty else { return nil }
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      guard let value, let scalar = Unicode.Scalar(value) else { return nil }
      return (scalar, i + 1)
    }
    return namedReferences[name.lowercased()].map { ($0, i + 1) }
  }

  static func starts(_ scalars: [Unicode.Scalar], at index: Int, with text: String) -> Bool {
    let wanted = Array(text.unicodeScalars)
    guard index + wanted.count <= scalars.count else { return false }
    return Array(scalars[index..<(index + wanted.count)]) == wanted
  }

  /// Where `text` next starts at or after `from`.
  static func find(
    _ scalars: [Unicode.Scalar], _ text: String, from: Int, ignoringCase: Bool = false
  ) -> Int? {
    let wanted = Array((ignoringCase ? text.lowercased() : text).unicodeScalars)
    guard let first = wanted.first else { return nil }
    var i = from
    while i + wanted.count <= scalars.count {
      if lower(scalars[i], ignoringCase) == first {
        var j = 1
        while j < wanted.count, lower(scalars[i + j], ignoringCase) == wanted[j] { j += 1 }
        if j == wanted.count { return i }
      }
      i += 1
    }
    return nil
  }

  static func lower(_ scalar: Unicode.Scalar, _ ignoringCase: Bool) -> Unicode.Scalar {
    guard ignoringCase, ("A"..."Z").contains(scalar) else { return scalar }
    return Unicode.Scalar(scalar.value + 0x20)!
  }
}
