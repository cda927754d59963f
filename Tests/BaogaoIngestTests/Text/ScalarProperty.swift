// ScalarProperty.swift: what the tests of a fast scalar test share.

/// Every scalar for which `fast` answers other than `property`.
func scalars(where fast: (Unicode.Scalar) -> Bool, differsFrom property: (Unicode.Scalar) -> Bool)
  -> [UInt32]
{
  var differing: [UInt32] = []
  for value in UInt32(0)...0x10FFFF {
    guard let scalar = Unicode.Scalar(value) else { continue }
    if fast(scalar) != property(scalar) { differing.append(value) }
  }
  return differing
}
