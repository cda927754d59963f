// SameGraph.swift: two graphs compared kind by kind, so that a failure names
// the kind that differs (a cached load against a fresh ingest, an encoding's
// copy against the UTF-8 original).
import BaogaoGraph
import Testing

func expectSameGraph(_ a: Graph, _ b: Graph, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(a.reports == b.reports, sourceLocation: sourceLocation)
  #expect(a.sections == b.sections, sourceLocation: sourceLocation)
  #expect(a.indicators == b.indicators, sourceLocation: sourceLocation)
  #expect(a.targets == b.targets, sourceLocation: sourceLocation)
  #expect(a.places == b.places, sourceLocation: sourceLocation)
  #expect(a.projects == b.projects, sourceLocation: sourceLocation)
  #expect(a.organizations == b.organizations, sourceLocation: sourceLocation)
  #expect(a.reconciliations == b.reconciliations, sourceLocation: sourceLocation)
  #expect(a.junk == b.junk, sourceLocation: sourceLocation)
  #expect(a.edges == b.edges, sourceLocation: sourceLocation)
}
