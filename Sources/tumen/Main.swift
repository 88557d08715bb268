import TumenApp

@main
enum Main {
    static func main() {
        TumenCommand.mainWithExitCodes()
    }
}
