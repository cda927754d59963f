// plugin.swift (EmbedResources): a build-tool plugin that hands the files of a
// target's Resources/ folder to EmbedResourcesTool, which writes them into the
// target as Swift source (EmbeddedResources.swift). The files stay in the
// repository as they are; the build regenerates the source when one changes.
import Foundation
import PackagePlugin

@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Sources/\(target.name)/Resources")
    // Text resources only: licence files and the like stay out of the binary.
    let embedded = ["txt", "tsv"]
    let inputs = try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    ).filter { embedded.contains($0.pathExtension) }.sorted { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) resources of \(target.name)",
        executable: try context.tool(named: "EmbedResourcesTool").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
