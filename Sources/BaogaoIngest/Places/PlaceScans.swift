// PlaceScans.swift: the characters the place rules look for in every piece,
// marked in one pass over it (ScalarMarks) rather than in a pass a rule.
// Places.recognise marks each piece once; every rule reads its own places.

extension PlaceLexicon {
  /// The sets of characters the rules look for, each the set of one rule.
  enum Scan: Int, CaseIterable {
    case highwayClass, provinceInitial, regionWordFirst, river, shortWater, hill, joinMark
    case highwayFirst, routeMark, suffixEnd, listMarker

    var set: ScalarSet {
      switch self {
      case .highwayClass: PlaceLexicon.highwayClasses
      case .provinceInitial: PlaceLexicon.provinceInitials
      case .regionWordFirst: PlaceLexicon.regionWordFirsts
      case .river: PlaceLexicon.riverWords
      case .shortWater: PlaceLexicon.shortWaterWords
      case .hill: PlaceLexicon.hillWords
      case .joinMark: PlaceLexicon.joinMarks
      case .highwayFirst: PlaceLexicon.highwayFirsts
      case .routeMark: PlaceLexicon.routeMarks
      case .suffixEnd: PlaceLexicon.suffixEnds
      case .listMarker: PlaceLexicon.listMarkers
      }
    }
  }

  /// Every `Scan`'s set, by its raw value; made once per process.
  static let scans = ScalarClasses(Scan.allCases.map(\.set))

  /// Where the piece holds a character of some `Scan`.
  static func marks(in piece: [Unicode.Scalar]) -> ScalarMarks {
    scans.marks(in: piece)
  }
}

extension ScalarMarks {
  /// The positions from `start` on whose scalar is in `scan`'s set.
  func positions(of scan: PlaceLexicon.Scan, from start: Int = 0) -> Positions {
    positions(of: scan.rawValue, from: start)
  }
}
