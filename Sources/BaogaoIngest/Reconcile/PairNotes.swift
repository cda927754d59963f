// PairNotes.swift: reports that look like one place's consecutive years but
// resolve to different places, so that nothing of theirs is reconciled. The
// user is told instead of getting silence: a file pair hailaer-2016.txt,
// hailaer-2017.txt whose titles name different divisions is worth a look.
import BaogaoGraph

enum PairNotes {
  /// Division suffixes dropped to compare the name part of two places.
  static let suffixes: [Character] = ["区", "县", "市", "旗", "州", "盟", "省"]

  /// One note per pair of consecutive years whose file stem or place name
  /// part agree but whose places do not.
  static func unpaired(_ reports: [Report]) -> [String] {
    var groups: [String: [Report]] = [:]
    for report in reports {
      groups["file:" + PlaceYear.fileStem(report.id), default: []].append(report)
      if let place = report.place, !place.isEmpty {
        let part = suffixes.contains(place.last ?? " ") ? String(place.dropLast()) : place
        if part.count >= 2 { groups["name:" + part, default: []].append(report) }
      }
    }
    var notes: [String] = []
    var seen: Set<String> = []
    for name in groups.keys.sorted() {
      // A group's members by year, so that each report meets only the next
      // year's: a folder of one year's reports (`2016.txt`, `2016-2` …)
      // is one group of thousands, and every pair of it would be n².
      var keyed: [(report: Report, key: PlaceYear)] = []
      var byYear: [Int: [Int]] = [:]
      for report in groups[name] ?? [] {
        guard let key = PlaceYear(report) else { continue }
        byYear[key.year, default: []].append(keyed.count)
        keyed.append((report, key))
      }
      for (earlier, a) in keyed {
        for index in byYear[a.year + 1] ?? [] {
          let (later, b) = keyed[index]
          guard later.id != earlier.id, b.place != a.place else { continue }
          let pair = earlier.id + "\u{1}" + later.id
          guard seen.insert(pair).inserted else { continue }
          notes.append(
            "\(earlier.id) (\(a.year)) and \(later.id) (\(b.year)) look like one place's "
              + "consecutive years, but resolve to different places (\(describe(earlier)) and "
              + "\(describe(later))): their targets are not reconciled")
        }
      }
    }
    return notes
  }

  static func describe(_ report: Report) -> String {
    let place = report.place ?? report.id
    guard let code = report.identity.code else { return place }
    return place + " " + code
  }
}
