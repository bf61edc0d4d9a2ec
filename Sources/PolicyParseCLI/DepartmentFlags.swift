import ArgumentParser
import PolicyParse

/// `--departments aliases.tsv`, shared by `parse` and `batch`: the user's department aliases.
struct DepartmentFlags: ParsableArguments {
    @Option(help: ArgumentHelp("Read department aliases (name<TAB>canonical[<TAB>jurisdiction]) from FILE.", valueName: "aliases.tsv"))
    var departments: String?

    /// `options` with the alias file's aliases; an unreadable or malformed file prints one line
    /// naming the file (and the line) and exits 64.
    func applied(to options: ParseOptions) throws -> ParseOptions {
        guard let departments else { return options }
        var copy = options
        do {
            copy.departmentAliases = try DepartmentAlias.load(contentsOf: departments)
        } catch {
            StandardStreams.errorLine(error.description)
            throw ExitCodes.usage
        }
        return copy
    }
}
