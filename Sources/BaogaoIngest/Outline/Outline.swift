// Outline.swift: step 3 of ingest.
// Takes cleaned lines and gives a `Document`: the front matter (title, place,
// year), sections nested by the rank of their headings (Heading.swift), their
// paragraphs with lead sentences as topics (Topics.swift), appendices and
// glossaries as such, and the part (review or plan) of each top-level section
// from its heading or its wording (PartCues.swift). A restart of the outline (a
// second copy that is not verbatim) becomes junk.
import BaogaoGraph

public enum Outline {
  /// Builds the section outline of a report from its cleaned lines.
  public static func document(
    reportID: String, lines: [Line], junk: [CleanedJunk]
  ) -> Document {
    var doc = Document(reportID: reportID, junk: junk)
    // Open sections by rank, innermost last.
    var stack: [(rank: Int, index: Int)] = []
    var mode = SectionKind.body
    var copyFrom: Int?
    // An appendix heading alone (附件1) takes the short line after it as its
    // title (安国市2022年十大工程, anguo-2022 line 95).
    var untitledAppendix: Int?
    // 这五年，我们…, repeated over body text: unnumbered sub-headings.
    let parallel = ParallelHeadings.find(in: lines)
    // 主要预期目标是：/1.地区生产总值增长6%左右。/2.…: items, not headings.
    let items = NumberedItems.find(in: lines)
    var parallelRank = 1
    // 一是…/二是…, 第一，…/第二，… leading paragraphs: a sub-level of their section.
    let leads = OrdinalLeads.find(in: lines)
    var leadRank = 1
    // Sections opened by a run of parallel headings or leads.
    var runSections: Set<Int> = []
    // Number and title of every top-level body section so far: the restart
    // check looks them up instead of scanning all sections at each heading
    // (40,000 headings took 32 s).
    var topLevel = Set<TopLevelKey>()
    // The line that ended the title of the heading before it (SplitHeadings).
    var continuedLine: Int?
    for (position, line) in lines.enumerated() {
      if position == continuedLine { continue }
      var heading = items.contains(position) ? nil : line.heading
      if heading == nil, mode == .body, let found = parallel[position] {
        // A run organises a part: it stands under the part's top-level section,
        // beside numbered sub-headings (chongqing-2026: 五年来，我们… after （九）)
        // and beside an earlier run, never under them.
        if found.n == 1 {
          parallelRank =
            (stack.last(where: { $0.rank <= 1 && !runSections.contains($0.index) })?.rank ?? 0)
            + 1
        }
        // Unnumbered sub-headings count all of their parent's sub-headings (一.7).
        let parent = stack.last(where: { $0.rank < parallelRank })?.index
        let siblings = doc.sections.indices.reversed().prefix(while: { $0 != parent }).filter {
          doc.sections[$0].parent == parent
        }.count
        heading = Heading(
          number: String(siblings + 1), rank: parallelRank, title: found.title)
        runSections.insert(doc.sections.count)
      }
      if heading == nil, mode == .body, let lead = leads[position], !stack.isEmpty {
        // A second run in the same section stands beside the first, not under it.
        if lead.value == 1 {
          leadRank = (stack.last(where: { !runSections.contains($0.index) })?.rank ?? 0) + 1
        }
        heading = Heading(number: lead.marker, rank: leadRank, title: lead.title, body: lead.body)
        runSections.insert(doc.sections.count)
      }
      if heading == nil, let index = untitledAppendix, line.text.hasAtMost(Heading.maxUnnumbered),
        LineShape.isLinkLike(line.text)
      {
        doc.sections[index].title = line.text
        untitledAppendix = nil
        continue
      }
      untitledAppendix = nil
      if var heading, accepts(heading, in: mode) {
        let next = position + 1
        if next < lines.count, lines[next].heading == nil, !items.contains(next),
          parallel[next] == nil, leads[next] == nil,
          let rest = SplitHeadings.continuation(of: heading, next: lines[next].text)
        {
          heading.title += rest
          continuedLine = next
        }
        if heading.kind != .body { mode = heading.kind }
        if mode == .body, heading.rank <= 1,
          topLevel.contains(TopLevelKey(path: heading.number, title: heading.title))
        {
          copyFrom = position
          break
        }
        while let top = stack.last, top.rank >= heading.rank { stack.removeLast() }
        let parent = stack.last?.index
        let path = parent.map { doc.sections[$0].path + "." + heading.number } ?? heading.number
        doc.sections.append(
          OutlineSection(
            path: path, title: heading.title, parent: parent,
            level: parent.map { doc.sections[$0].level + 1 } ?? 1,
            kind: heading.kind == .body ? mode : heading.kind, line: line.number))
        stack.append((heading.rank, doc.sections.count - 1))
        if parent == nil, doc.sections[doc.sections.count - 1].kind == .body {
          topLevel.insert(TopLevelKey(path: path, title: heading.title))
        }
        if heading.kind == .appendix && heading.title == heading.number {
          untitledAppendix = doc.sections.count - 1
        }
        if let body = heading.body { addParagraph(body, line: line.number, to: &doc) }
        continue
      }
      addParagraph(line.text, line: line.number, to: &doc)
    }
    dropTrailingLinks(&doc)
    if let copyFrom {
      for line in lines[copyFrom...] {
        doc.junk.append(
          CleanedJunk(text: line.text, reason: .duplicate, line: line.number))
      }
      doc.junk.sort { $0.line < $1.line }
    }
    readFrontMatter(&doc)
    assignParts(&doc)
    return doc
  }

  /// Short unpunctuated lines after the last paragraph of a body section
  /// close the page, not the report: related links, tags, site names. (An
  /// appendix's table cells are short too, so appendices keep theirs.)
  static func dropTrailingLinks(_ doc: inout Document) {
    guard let last = doc.sections.indices.last, doc.sections[last].kind == .body else { return }
    var dropped: [CleanedJunk] = []
    while let paragraph = doc.sections[last].paragraphs.last, LineShape.isLinkLike(paragraph.text),
      !LineShape.isComplete(paragraph.text)
    {
      dropped.append(
        CleanedJunk(
          text: paragraph.text, reason: .related, line: paragraph.line))
      doc.sections[last].paragraphs.removeLast()
    }
    guard !dropped.isEmpty else { return }
    doc.junk += dropped
    doc.junk.sort { $0.line < $1.line }
  }

  /// Inside a glossary every line is an entry; inside an appendix only
  /// appendix headings and 一、/(一) headings count.
  static func accepts(_ heading: Heading, in mode: SectionKind) -> Bool {
    switch mode {
    case .body: true
    case .appendix: heading.kind != .body || heading.rank <= 2
    case .glossary: heading.kind != .body
    }
  }

  /// A top-level heading that repeats an earlier one's number and title
  /// starts a second copy of the report: the number and title looked up.
  struct TopLevelKey: Hashable {
    var path: String
    var title: String
  }

  static func addParagraph(_ text: String, line: Int, to doc: inout Document) {
    let paragraph = Paragraph(text: text, line: line, topic: Topics.lead(of: text))
    if doc.sections.isEmpty {
      doc.preamble.append(Paragraph(text: text, line: line))
    } else {
      doc.sections[doc.sections.count - 1].paragraphs.append(paragraph)
    }
  }

  /// Title, place and year from the preamble and the top-level headings.
  static func readFrontMatter(_ doc: inout Document) {
    let headings = doc.sections.filter { $0.parent == nil && $0.kind == .body }.map {
      section -> (title: String, isPlan: Bool?) in
      let part = PartCues.part(ofTitle: section.title, planYear: nil)
      return (section.title, part.map { $0 == .plan })
    }
    let front = ReportTitle.read(front: doc.preamble.map(\.text), headings: headings)
    doc.title = front.title
    doc.place = front.place
    doc.year = front.year
    doc.clues = front.clues
  }

  /// Part of every top-level body section: from its heading, else from the
  /// wording of its text and its subsections' text.
  static func assignParts(_ doc: inout Document) {
    for index in doc.sections.indices
    where doc.sections[index].parent == nil && doc.sections[index].kind == .body {
      if let part = PartCues.part(ofTitle: doc.sections[index].title, planYear: doc.year) {
        doc.sections[index].part = part
        continue
      }
      var text = doc.sections[index].paragraphs.map(\.text).joined()
      var child = index + 1
      while child < doc.sections.count, doc.sections[child].parent != nil {
        text += doc.sections[child].title
        text += doc.sections[child].paragraphs.map(\.text).joined()
        child += 1
      }
      doc.sections[index].part = PartCues.part(ofText: text, planYear: doc.year)
    }
  }
}
