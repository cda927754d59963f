// Places.swift: a recogniser of ingest step 4.
// Not written yet: adds no nodes.
import BaogaoGraph

public enum Places {
  /// Adds this recogniser's nodes and edges for the context's document.
  public static func recognise(_ context: inout RecogniseContext, into builder: inout GraphBuilder) {
  }
}
