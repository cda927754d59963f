// Measures.swift: the pass that gives every figure of a report its terms of
// comparison (canonical name, scope, amount in base units), after Figures has
// read them with their direction. See IndicatorNames and UnitScale.
import BaogaoGraph

public enum Measures {
  /// Fills `measure` of the builder's indicators from index `start` on.
  public static func annotate(
    _ builder: inout GraphBuilder, from start: Int, names: IndicatorNames
  ) {
    guard start < builder.indicators.count else { return }
    for index in start..<builder.indicators.count {
      let figure = builder.indicators[index]
      let (indicator, scope) = names.read(figure.name)
      let (amount, base) = UnitScale.amount(value: figure.value, unit: figure.unit)
      builder.indicators[index].measure.indicator = indicator
      builder.indicators[index].measure.scope = scope
      builder.indicators[index].measure.amount = amount
      builder.indicators[index].measure.baseUnit = base.isEmpty ? nil : base
    }
  }
}
