// Arguments.swift: the command line read into what to do, by the options of
// Options.swift. Follows the conventions swift-argument-parser had, so that
// scripts and messages are as before: `--name value` and `--name=value`,
// `--` ends the options, `-c` and `-f` take the next argument whatever it
// is, repeated options run in order, and a usage error says what is wrong,
// the option's help, and the usage line (exit status 2).
import BaogaoShell

/// What the command line asks for.
enum Request {
  /// `--help`, `-h`, `help [COMMAND]`: the help of a command, or of baogao.
  case help(CommandName?)
  case version
  case run(ParsedArguments)
}

/// The options and files of one command, as given.
struct ParsedArguments {
  var command: CommandName
  /// `-c` and `-f` in command-line order.
  var inputs: [QueryInput] = []
  var files: [String] = []
  /// Options with a value, in command-line order; flags given. Arrays, not a
  /// dictionary and a set: a dozen options at most, and each generic
  /// collection type costs the runtime a lookup on every start-up.
  private var values: [(name: OptionSpec.Name, value: String)] = []
  private var flags: [OptionSpec.Name] = []

  init(command: CommandName) {
    self.command = command
  }

  /// The value of an option; the last one when it was given twice.
  func value(_ name: OptionSpec.Name) -> String? { values.last { $0.name == name }?.value }
  func isSet(_ name: OptionSpec.Name) -> Bool { flags.contains(name) }

  fileprivate mutating func record(_ spec: OptionSpec, value: String?) {
    switch (spec.name, value) {
    case (.command, let value?): inputs.append(.command(value))
    case (.file, let value?): inputs.append(.script(path: value))
    case (let name, let value?): values.append((name, value))
    case (let name, nil): flags.append(name)
    }
  }
}

/// A command line that cannot be run: the message for standard error.
struct UsageError: Error {
  var message: String
  var command: CommandName
  /// The option the message is about, whose help is shown with it.
  var option: OptionSpec?

  var text: String {
    var text = "Error: \(message)\n"
    if let option { text += "Help:  \(option.shortLabel)  \(option.help)\n" }
    text += "Usage: \(command.usage)\n"
    text += "  See 'baogao \(command.rawValue) --help' for more information.\n"
    return text
  }
}

enum Arguments {
  /// What `arguments` (the command line without the program's name) asks for.
  static func parse(_ arguments: [String]) throws(UsageError) -> Request {
    switch arguments {
    case ["--version"]: return .version
    case ["--help"], ["-h"], ["help"]: return .help(nil)
    default: break
    }
    var rest = arguments[...]
    var command = CommandName.shell
    if let first = rest.first {
      if first == "help" {
        return .help(rest.dropFirst().first.flatMap(CommandName.init(rawValue:)))
      }
      if let named = CommandName(rawValue: first) {
        command = named
        rest = rest.dropFirst()
      }
    }
    var parsed = ParsedArguments(command: command)
    while let argument = rest.popFirst() {
      if argument == "--" {
        parsed.files += rest
        break
      }
      if argument == "-h" || argument == "--help" { return .help(command) }
      guard argument.hasPrefix("-"), argument.count > 1 else {
        parsed.files.append(argument)
        continue
      }
      var name = argument
      var attached: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        attached = String(argument[argument.index(after: equals)...])
      }
      guard let spec = command.options.first(where: { $0.isNamed(name) }) else {
        throw UsageError(message: "Unknown option '\(argument)'", command: command)
      }
      switch spec.arity {
      case .flag:
        if let attached {
          throw UsageError(
            message:
              "The option '\(name)' does not take any value, but '\(attached)' was specified.",
            command: command)
        }
        parsed.record(spec, value: nil)
      case .value, .anyValue:
        if let attached {
          parsed.record(spec, value: attached)
        } else if let next = rest.first,
          spec.arity == .anyValue || !next.hasPrefix("-") || next == "-"
        {
          rest = rest.dropFirst()
          parsed.record(spec, value: next)
        } else {
          throw UsageError(
            message: "Missing value for '\(spec.shortLabel)'", command: command, option: spec)
        }
      }
    }
    if let format = parsed.value(.format), OutputFormat(rawValue: format) == nil {
      throw UsageError(
        message: "unknown format '\(format)'; use one of \(OutputFormat.names)",
        command: command)
    }
    return .run(parsed)
  }
}
